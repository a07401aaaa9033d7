/**
 * Document ingestion: content-type detection and text extraction with limits ({@code extract}),
 * SEC EDGAR filing sectioning ({@code sec}), table extraction ({@code tables}) and
 * structure-aware chunking with citation metadata ({@code chunking}). The shared result model
 * lives in {@code text}.
 */
package com.gridvault.documents.ingest;
