package com.gridvault.excel.autonomy;

import com.gridvault.excel.action.ActionKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A workspace's autonomy: its level, per-kind overrides set by admins, and the cell limit.
 *
 * <p>An override replaces the workspace level for its kind, in either direction: an admin may let
 * a suggest-only workspace apply number formats, or make a level-3 workspace ask before every
 * formula write.
 *
 * @param workspaceLevel the level for kinds without an override
 * @param overrides per-kind levels; null becomes empty
 * @param maxCellsPerChange the most cells one change may touch and still be applied without asking
 */
public record AutonomySettings(
        AutonomyLevel workspaceLevel, Map<ActionKind, AutonomyLevel> overrides, int maxCellsPerChange) {

    /** Default most cells one automatic change may touch. */
    public static final int DEFAULT_MAX_CELLS_PER_CHANGE = 500;

    /** Level 1 (ask before each change), no overrides, default limit. */
    public static final AutonomySettings DEFAULT = of(AutonomyLevel.ASK_EACH);

    /** Rejects a missing level and a non-positive limit; copies the overrides. */
    public AutonomySettings {
        Objects.requireNonNull(workspaceLevel, "workspaceLevel");
        overrides = overrides == null || overrides.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(overrides));
        if (maxCellsPerChange <= 0) {
            throw new IllegalArgumentException("maxCellsPerChange must be greater than 0, was " + maxCellsPerChange);
        }
    }

    /**
     * A workspace level without overrides and with the default limit.
     *
     * @param level the level
     * @return the settings
     */
    public static AutonomySettings of(AutonomyLevel level) {
        return new AutonomySettings(level, Map.of(), DEFAULT_MAX_CELLS_PER_CHANGE);
    }

    /**
     * Returns these settings with one kind overridden.
     *
     * @param kind the action kind
     * @param level its level
     * @return new settings
     */
    public AutonomySettings withOverride(ActionKind kind, AutonomyLevel level) {
        Map<ActionKind, AutonomyLevel> copy = new EnumMap<>(ActionKind.class);
        copy.putAll(overrides);
        copy.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(level, "level"));
        return new AutonomySettings(workspaceLevel, copy, maxCellsPerChange);
    }

    /**
     * Returns these settings with another cell limit.
     *
     * @param maxCells the limit
     * @return new settings
     */
    public AutonomySettings withMaxCellsPerChange(int maxCells) {
        return new AutonomySettings(workspaceLevel, overrides, maxCells);
    }

    /**
     * The level that applies to a kind.
     *
     * @param kind the action kind
     * @return the override, or the workspace level
     */
    public AutonomyLevel levelFor(ActionKind kind) {
        return overrides.getOrDefault(kind, workspaceLevel);
    }
}
