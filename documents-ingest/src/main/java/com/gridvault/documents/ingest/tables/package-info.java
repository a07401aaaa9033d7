/** Tables as rows and cells, with header-row detection and cell cleaning. */
package com.gridvault.documents.ingest.tables;
