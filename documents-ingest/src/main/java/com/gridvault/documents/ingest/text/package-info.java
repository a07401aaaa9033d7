/**
 * The extracted text of one document and its structure: pages (or sheets/slides), sections and
 * tables, all addressed by character offsets into {@link com.gridvault.documents.ingest.text.StructuredText#text()}.
 */
package com.gridvault.documents.ingest.text;
