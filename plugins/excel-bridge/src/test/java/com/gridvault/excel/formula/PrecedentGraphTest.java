package com.gridvault.excel.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the segment-tree graph and the iterative Tarjan against a brute force: expand every
 * rectangle to its cells, compute reachability by depth-first search, and call a set of cells a
 * cycle when they reach each other (or a cell reaches itself).
 */
class PrecedentGraphTest {

    @Test
    void cyclesMatchBruteForceOnRandomWorkbooks() {
        Random random = new Random(42);
        int checkedCycles = 0;
        for (int round = 0; round < 300; round++) {
            int sheets = 1 + random.nextInt(2);
            int n = 1 + random.nextInt(40);
            int[] sheet = new int[n];
            int[] row = new int[n];
            int[] column = new int[n];
            Set<Long> used = new HashSet<>();
            for (int i = 0; i < n; i++) {
                do {
                    sheet[i] = random.nextInt(sheets);
                    row[i] = random.nextInt(12);
                    column[i] = random.nextInt(4);
                } while (!used.add(((long) sheet[i] << 40) | ((long) row[i] << 20) | column[i]));
            }
            List<List<Target>> precedents = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<Target> targets = new ArrayList<>();
                int refs = random.nextInt(3);
                for (int k = 0; k < refs; k++) {
                    int r1 = random.nextInt(12);
                    int c1 = random.nextInt(4);
                    int r2 = random.nextInt(4) == 0 ? r1 + random.nextInt(8) : r1;
                    int c2 = random.nextInt(4) == 0 ? c1 + random.nextInt(3) : c1;
                    targets.add(new Target(random.nextInt(sheets), r1, c1, r2, c2));
                }
                precedents.add(targets);
            }

            List<Set<Integer>> actual = new ArrayList<>();
            for (int[] cycle : CycleFinder.cycles(PrecedentGraph.build(sheets, sheet, row, column, precedents))) {
                Set<Integer> members = new HashSet<>();
                for (int id : cycle) {
                    members.add(id);
                }
                actual.add(members);
            }
            List<Set<Integer>> expected = bruteForce(n, sheet, row, column, precedents);

            assertThat(actual).as("round %d", round).containsExactlyInAnyOrderElementsOf(expected);
            checkedCycles += expected.size();
        }
        assertThat(checkedCycles).as("the random workbooks must contain cycles").isGreaterThan(50);
    }

    private static List<Set<Integer>> bruteForce(
            int n, int[] sheet, int[] row, int[] column, List<List<Target>> precedents) {
        List<List<Integer>> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Integer> out = new ArrayList<>();
            for (Target t : precedents.get(i)) {
                for (int j = 0; j < n; j++) {
                    if (sheet[j] == t.sheet()
                            && row[j] >= t.firstRow()
                            && row[j] <= t.lastRow()
                            && column[j] >= t.firstColumn()
                            && column[j] <= t.lastColumn()) {
                        out.add(j);
                    }
                }
            }
            edges.add(out);
        }
        boolean[][] reach = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            List<Integer> stack = new ArrayList<>(edges.get(i));
            while (!stack.isEmpty()) {
                int v = stack.remove(stack.size() - 1);
                if (!reach[i][v]) {
                    reach[i][v] = true;
                    stack.addAll(edges.get(v));
                }
            }
        }
        List<Set<Integer>> cycles = new ArrayList<>();
        boolean[] assigned = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (assigned[i] || !reach[i][i]) {
                continue;
            }
            Set<Integer> members = new HashSet<>();
            for (int j = 0; j < n; j++) {
                if (i == j || (reach[i][j] && reach[j][i])) {
                    members.add(j);
                    assigned[j] = true;
                }
            }
            cycles.add(members);
        }
        return cycles;
    }
}
