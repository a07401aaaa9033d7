package com.gridvault.excel;

import org.pf4j.Plugin;

/**
 * The excel-bridge plugin: the engine behind the Excel task pane. It holds no state; the WebSocket
 * hub that will call {@link com.gridvault.excel.formula.FormulaAnalyzer}, {@link
 * com.gridvault.excel.autonomy.AutonomyPolicy} and the protocol records is wired separately.
 */
public class ExcelBridgePlugin extends Plugin {

    /** Creates the plugin; PF4J calls this. */
    public ExcelBridgePlugin() {
        super();
    }
}
