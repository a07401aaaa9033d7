package com.gridvault.excel.formula;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Strongly connected components of a {@link PrecedentGraph} (Tarjan's algorithm with an explicit
 * stack, so 200,000 chained cells do not overflow the thread stack). A component is a cycle when
 * it has more than one node, or one cell that refers to itself.
 */
final class CycleFinder {

    private CycleFinder() {}

    /**
     * Finds every cycle.
     *
     * @param graph the graph
     * @return each cycle's cell ids (inner nodes dropped), ascending; each cycle once
     */
    static List<int[]> cycles(PrecedentGraph graph) {
        int n = graph.nodeCount();
        int[] index = new int[n];
        int[] low = new int[n];
        int[] nextEdge = new int[n];
        boolean[] onStack = new boolean[n];
        int[] component = new int[n];
        int[] calls = new int[n];
        Arrays.fill(index, -1);
        int counter = 0;
        int componentTop = 0;
        List<int[]> cycles = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int callTop = 0;
            calls[callTop++] = root;
            index[root] = low[root] = counter++;
            nextEdge[root] = graph.firstEdge(root);
            component[componentTop++] = root;
            onStack[root] = true;
            while (callTop > 0) {
                int v = calls[callTop - 1];
                if (nextEdge[v] < graph.endEdge(v)) {
                    int w = graph.target(nextEdge[v]++);
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        nextEdge[w] = graph.firstEdge(w);
                        component[componentTop++] = w;
                        onStack[w] = true;
                        calls[callTop++] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                callTop--;
                if (callTop > 0) {
                    int parent = calls[callTop - 1];
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == index[v]) {
                    int start = componentTop;
                    do {
                        start--;
                        onStack[component[start]] = false;
                    } while (component[start] != v);
                    int[] members = Arrays.copyOfRange(component, start, componentTop);
                    componentTop = start;
                    int[] cells = Arrays.stream(members)
                            .filter(m -> m < graph.cellCount())
                            .sorted()
                            .toArray();
                    if (cells.length > 0 && (members.length > 1 || selfLoop(graph, v))) {
                        cycles.add(cells);
                    }
                }
            }
        }
        return cycles;
    }

    private static boolean selfLoop(PrecedentGraph graph, int v) {
        for (int e = graph.firstEdge(v); e < graph.endEdge(v); e++) {
            if (graph.target(e) == v) {
                return true;
            }
        }
        return false;
    }
}
