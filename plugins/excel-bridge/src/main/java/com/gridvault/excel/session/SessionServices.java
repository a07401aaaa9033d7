package com.gridvault.excel.session;

import com.gridvault.excel.formula.FormulaAnalyzer;
import com.gridvault.excel.model.ModelTypeDetector;
import com.gridvault.excel.snapshot.SnapshotValidator;

/** What every session of the protocol shares: stateless engines and the workbooks' undo history. */
record SessionServices(
        SnapshotValidator validator,
        FormulaAnalyzer analyzer,
        ModelTypeDetector detector,
        Workbooks workbooks,
        String serverVersion) {}
