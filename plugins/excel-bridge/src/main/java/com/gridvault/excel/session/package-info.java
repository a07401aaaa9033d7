/**
 * The Excel bridge over the appliance's real-time hub: the {@code excel} {@link
 * com.gridvault.plugin.api.realtime.HubProtocol}, one {@link com.gridvault.excel.session.ExcelSession}
 * per task pane connection, the undo history shared by the sessions of one workbook, and the
 * workspace autonomy settings. docs/EXCEL-PROTOCOL.md describes the messages.
 */
package com.gridvault.excel.session;
