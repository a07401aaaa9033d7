/**
 * Structure-aware chunking: chunks never span two sections, tables stay whole when they fit and
 * are otherwise split by row groups with their header repeated, and every chunk carries the
 * offsets, page, section and table it came from, for citations.
 */
package com.gridvault.documents.ingest.chunking;
