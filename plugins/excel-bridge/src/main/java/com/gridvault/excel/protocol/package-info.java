/**
 * The messages between the Excel task pane and the server, in a versioned {@link
 * com.gridvault.excel.protocol.Envelope}. Records only: the WebSocket hub maps them to and from
 * JSON. See {@code docs/EXCEL-PROTOCOL.md}.
 */
package com.gridvault.excel.protocol;
