/**
 * RFC 9457 problem details: {@link com.gridvault.server.errors.ProblemMapper} is the one place where
 * exceptions become HTTP responses; {@link com.gridvault.server.errors.ErrorPageServlet} renders the
 * few errors the servlet container produces itself (unknown paths outside the API) the same way.
 * Clients never see stack traces; every problem carries the request's correlation id.
 */
package com.gridvault.server.errors;
