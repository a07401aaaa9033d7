/**
 * Cross-cutting HTTP concerns applied to every request: correlation ids, body size limits and
 * security headers. Ordered in {@code web.xml}.
 */
package com.gridvault.server.web;
