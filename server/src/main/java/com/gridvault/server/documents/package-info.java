/**
 * Documents of a workspace: streamed uploads into the blob store (deduplicated by SHA-256), the
 * ingestion job (extract with Tika and the EDGAR parser, chunk, embed, index), downloads with
 * ranges, text by page or section, and deletion with the chunks and index entries.
 */
package com.gridvault.server.documents;
