/**
 * SEC EDGAR filings (10-K, 10-Q, 8-K; HTML and inline XBRL): form and company detection and
 * splitting into the filing's items, skipping the table of contents and page furniture.
 */
package com.gridvault.documents.ingest.sec;
