package com.gridvault.excel.formula;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dependency graph of the snapshot's formula cells, compact enough for 200,000 cells with
 * whole-column references.
 *
 * <p>Only formula cells can be on a cycle, so constants are not nodes. A reference to a rectangle
 * is not expanded cell by cell (a running total {@code =SUM($B$2:B2)} down 100,000 rows would
 * need billions of edges). Instead, the formula cells of each sheet column, sorted by row, are
 * the leaves of an implicit segment tree whose inner nodes point to their two children; a
 * rectangle then costs O(log n) edges per column it covers. Inner nodes only point downwards, so
 * every cycle of this graph runs through real cells, and a cell reaches exactly the cells its
 * rectangles contain.
 *
 * <p>Nodes {@code 0..cellCount-1} are the cells, in the order given; higher ids are inner nodes.
 */
final class PrecedentGraph {

    private final int cellCount;
    private final int nodeCount;
    private final int[] offsets;
    private final int[] edges;

    private PrecedentGraph(int cellCount, int nodeCount, int[] offsets, int[] edges) {
        this.cellCount = cellCount;
        this.nodeCount = nodeCount;
        this.offsets = offsets;
        this.edges = edges;
    }

    int cellCount() {
        return cellCount;
    }

    int nodeCount() {
        return nodeCount;
    }

    int firstEdge(int node) {
        return offsets[node];
    }

    int endEdge(int node) {
        return offsets[node + 1];
    }

    int target(int edge) {
        return edges[edge];
    }

    /** The formula cells of one sheet column: rows ascending, their node ids, and where their inner nodes start. */
    private static final class Column {
        final int[] rows;
        final int[] cells;
        int innerBase;

        Column(int[] rows, int[] cells) {
            this.rows = rows;
            this.cells = cells;
        }

        /** Node id of segment-tree position {@code k} (1-based; leaves at {@code n..2n-1}). */
        int node(int k) {
            int n = rows.length;
            return k >= n ? cells[k - n] : innerBase + k - 1;
        }
    }

    /** The columns of one sheet that hold formula cells, sorted. */
    private static final class Sheet {
        int[] columnIndexes = new int[0];
        Column[] columns = new Column[0];
    }

    /**
     * Builds the graph.
     *
     * @param sheets the number of sheets
     * @param cellSheet each cell's sheet
     * @param cellRow each cell's row
     * @param cellColumn each cell's column
     * @param precedents each cell's referenced rectangles
     * @return the graph
     */
    static PrecedentGraph build(
            int sheets, int[] cellSheet, int[] cellRow, int[] cellColumn, List<List<Target>> precedents) {
        int n = cellSheet.length;
        Sheet[] index = index(sheets, cellSheet, cellRow, cellColumn);
        int next = n;
        for (Sheet sheet : index) {
            for (Column column : sheet.columns) {
                column.innerBase = next;
                next += column.rows.length - 1;
            }
        }
        int nodeCount = next;
        IntPairs pairs = new IntPairs();
        for (Sheet sheet : index) {
            for (Column column : sheet.columns) {
                for (int k = 1; k < column.rows.length; k++) {
                    pairs.add(column.node(k), column.node(2 * k));
                    pairs.add(column.node(k), column.node(2 * k + 1));
                }
            }
        }
        for (int cell = 0; cell < n; cell++) {
            for (Target t : precedents.get(cell)) {
                if (t.sheet() < 0 || t.sheet() >= sheets) {
                    continue;
                }
                link(pairs, cell, index[t.sheet()], t);
            }
        }
        return pairs.toGraph(n, nodeCount);
    }

    private static void link(IntPairs pairs, int from, Sheet sheet, Target t) {
        int c = lowerBound(sheet.columnIndexes, t.firstColumn());
        for (; c < sheet.columnIndexes.length && sheet.columnIndexes[c] <= t.lastColumn(); c++) {
            Column column = sheet.columns[c];
            int lo = lowerBound(column.rows, t.firstRow());
            int hi = lowerBound(column.rows, t.lastRow() + 1);
            int size = column.rows.length;
            for (int l = lo + size, r = hi + size; l < r; l >>= 1, r >>= 1) {
                if ((l & 1) == 1) {
                    pairs.add(from, column.node(l++));
                }
                if ((r & 1) == 1) {
                    pairs.add(from, column.node(--r));
                }
            }
        }
    }

    private static Sheet[] index(int sheets, int[] cellSheet, int[] cellRow, int[] cellColumn) {
        Integer[] order = new Integer[cellSheet.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int bySheet = Integer.compare(cellSheet[a], cellSheet[b]);
            if (bySheet != 0) {
                return bySheet;
            }
            int byColumn = Integer.compare(cellColumn[a], cellColumn[b]);
            return byColumn != 0 ? byColumn : Integer.compare(cellRow[a], cellRow[b]);
        });
        Sheet[] index = new Sheet[sheets];
        for (int s = 0; s < sheets; s++) {
            index[s] = new Sheet();
        }
        int i = 0;
        while (i < order.length) {
            int sheet = cellSheet[order[i]];
            List<Integer> columnIndexes = new ArrayList<>();
            List<Column> columns = new ArrayList<>();
            while (i < order.length && cellSheet[order[i]] == sheet) {
                int column = cellColumn[order[i]];
                int j = i;
                while (j < order.length && cellSheet[order[j]] == sheet && cellColumn[order[j]] == column) {
                    j++;
                }
                int[] rows = new int[j - i];
                int[] cells = new int[j - i];
                for (int k = i; k < j; k++) {
                    rows[k - i] = cellRow[order[k]];
                    cells[k - i] = order[k];
                }
                columnIndexes.add(column);
                columns.add(new Column(rows, cells));
                i = j;
            }
            index[sheet].columnIndexes =
                    columnIndexes.stream().mapToInt(Integer::intValue).toArray();
            index[sheet].columns = columns.toArray(new Column[0]);
        }
        return index;
    }

    private static int lowerBound(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A growable list of directed edges, turned into compressed rows at the end. */
    private static final class IntPairs {
        private int[] from = new int[1024];
        private int[] to = new int[1024];
        private int size;

        void add(int a, int b) {
            if (size == from.length) {
                from = Arrays.copyOf(from, size * 2);
                to = Arrays.copyOf(to, size * 2);
            }
            from[size] = a;
            to[size] = b;
            size++;
        }

        PrecedentGraph toGraph(int cellCount, int nodeCount) {
            int[] offsets = new int[nodeCount + 1];
            for (int i = 0; i < size; i++) {
                offsets[from[i] + 1]++;
            }
            for (int v = 0; v < nodeCount; v++) {
                offsets[v + 1] += offsets[v];
            }
            int[] fill = Arrays.copyOf(offsets, nodeCount);
            int[] edges = new int[size];
            for (int i = 0; i < size; i++) {
                edges[fill[from[i]]++] = to[i];
            }
            return new PrecedentGraph(cellCount, nodeCount, offsets, edges);
        }
    }
}
