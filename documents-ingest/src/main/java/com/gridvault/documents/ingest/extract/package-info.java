/**
 * Content-type detection and text extraction with Apache Tika, under explicit limits
 * ({@link com.gridvault.documents.ingest.extract.ExtractionSettings}). Every outcome, including
 * hostile, encrypted, corrupt or slow input, is an
 * {@link com.gridvault.documents.ingest.extract.ExtractionResult}; nothing is thrown to the caller.
 */
package com.gridvault.documents.ingest.extract;
