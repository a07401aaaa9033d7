package com.gridvault.excel.session;

import com.gridvault.excel.autonomy.CheckpointLog;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The undo history of every open workbook on this node, by workspace and workbook id, so a task
 * pane that reconnects (or a second window on the same workbook) finds it. Bounded: the workbooks
 * used least recently are forgotten first.
 */
final class Workbooks {

    private final int maxWorkbooks;
    private final int depth;
    private final Map<String, CheckpointLog> logs;

    Workbooks(int maxWorkbooks, int depth) {
        this.maxWorkbooks = maxWorkbooks;
        this.depth = depth;
        this.logs = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CheckpointLog> eldest) {
                return size() > Workbooks.this.maxWorkbooks;
            }
        };
    }

    /** The workbook's history, created empty on first use. */
    synchronized CheckpointLog log(String workspaceId, String workbookId) {
        // The ids cannot contain a line feed (checked at hello), so the key is unambiguous.
        return logs.computeIfAbsent(workspaceId + "\n" + workbookId, key -> new CheckpointLog(depth));
    }

    synchronized int size() {
        return logs.size();
    }
}
