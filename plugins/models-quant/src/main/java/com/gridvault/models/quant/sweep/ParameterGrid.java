package com.gridvault.models.quant.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cartesian product of parameter values in a fixed order: keys sorted alphabetically, the last
 * key varying fastest. Index {@code i} always names the same combination, whatever runs it.
 */
public final class ParameterGrid {

    private final List<String> keys;
    private final List<List<Double>> values;

    private ParameterGrid(Map<String, List<Double>> grid) {
        TreeMap<String, List<Double>> sorted = new TreeMap<>(grid);
        this.keys = List.copyOf(sorted.keySet());
        this.values = sorted.values().stream().map(List::copyOf).toList();
    }

    /**
     * Creates a grid.
     *
     * @param grid values per key, none empty
     * @return the grid
     */
    public static ParameterGrid of(Map<String, List<Double>> grid) {
        return new ParameterGrid(grid);
    }

    /**
     * Returns the number of combinations, saturating at {@link Long#MAX_VALUE}.
     *
     * @return the size
     */
    public long size() {
        long size = 1;
        for (List<Double> v : values) {
            size = v.isEmpty() ? 0 : (size > Long.MAX_VALUE / v.size() ? Long.MAX_VALUE : size * v.size());
        }
        return size;
    }

    /**
     * Returns the combination at an index.
     *
     * @param index 0 to size - 1
     * @return values by key, in key order
     */
    public Map<String, Double> point(int index) {
        Map<String, Double> point = new LinkedHashMap<>();
        List<Double> picked = new ArrayList<>(keys.size());
        int rest = index;
        for (int k = keys.size() - 1; k >= 0; k--) {
            List<Double> v = values.get(k);
            picked.add(0, v.get(rest % v.size()));
            rest /= v.size();
        }
        for (int k = 0; k < keys.size(); k++) {
            point.put(keys.get(k), picked.get(k));
        }
        return point;
    }
}
