package com.gridvault.excel.session;

import com.gridvault.excel.autonomy.CheckpointLog;
import com.gridvault.excel.formula.FormulaAnalyzer;
import com.gridvault.excel.model.ModelTypeDetector;
import com.gridvault.excel.snapshot.SnapshotValidator;
import com.gridvault.plugin.api.realtime.HubProtocol;
import com.gridvault.plugin.api.realtime.ProtocolPeer;
import com.gridvault.plugin.api.realtime.ProtocolSession;
import org.pf4j.Extension;

/**
 * The {@code excel} protocol of the real-time hub: one {@link ExcelSession} per task pane
 * connection; the undo history of each workbook is shared by its sessions on this node.
 */
@Extension
public final class ExcelProtocol implements HubProtocol {

    /** Workbooks whose undo history is kept on one node. */
    static final int MAX_WORKBOOKS = 10_000;

    private final Workbooks workbooks = new Workbooks(MAX_WORKBOOKS, CheckpointLog.DEFAULT_MAX_DEPTH);
    private final SessionServices services = new SessionServices(
            SnapshotValidator.DEFAULT, FormulaAnalyzer.DEFAULT, ModelTypeDetector.DEFAULT, workbooks, serverVersion());

    /** Creates the extension; PF4J calls this. */
    public ExcelProtocol() {
        super();
    }

    @Override
    public String name() {
        return "excel";
    }

    @Override
    public ProtocolSession open(ProtocolPeer peer) {
        return new ExcelSession(peer, services);
    }

    private static String serverVersion() {
        String version = ExcelProtocol.class.getPackage().getImplementationVersion();
        return version != null ? version : "dev";
    }
}
