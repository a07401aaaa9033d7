package com.gridvault.excel.session;

import com.gridvault.excel.action.ActionKind;
import com.gridvault.excel.autonomy.AutonomyLevel;
import com.gridvault.excel.autonomy.AutonomySettings;
import com.gridvault.plugin.api.validation.FieldErrors;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A workspace's autonomy settings as stored and sent: {@code {"level": 1, "overrides": {"FORMAT": 2},
 * "maxCellsPerChange": 500}}.
 *
 * @param level the workspace level, 0-3
 * @param overrides levels per action kind
 * @param maxCellsPerChange the most cells an automatic change may touch
 */
record ExcelSettings(Integer level, Map<String, Integer> overrides, Integer maxCellsPerChange) {

    /** Level 1 without overrides. */
    static final ExcelSettings DEFAULT = of(AutonomySettings.DEFAULT);

    /** Copies the overrides in a stable order. */
    ExcelSettings {
        overrides = overrides == null ? Map.of() : new TreeMap<>(overrides);
    }

    static ExcelSettings of(AutonomySettings settings) {
        Map<String, Integer> overrides = new TreeMap<>();
        settings.overrides().forEach((kind, level) -> overrides.put(kind.name(), level.number()));
        return new ExcelSettings(settings.workspaceLevel().number(), overrides, settings.maxCellsPerChange());
    }

    /** Checks every field and fills in defaults; throws the field errors found. */
    ExcelSettings normalized() {
        return of(toAutonomy());
    }

    /** The engine's settings; throws field errors when invalid. */
    AutonomySettings toAutonomy() {
        FieldErrors errors = FieldErrors.create();
        errors.check(
                level != null,
                "level",
                "is required (0 suggest only, 1 ask each, 2 auto low-risk, 3 auto within limits)");
        errors.check(level == null || (level >= 0 && level <= 3), "level", "must be 0, 1, 2 or 3, was " + level);
        Map<ActionKind, AutonomyLevel> kinds = new EnumMap<>(ActionKind.class);
        overrides.forEach((name, value) -> {
            ActionKind kind = kindOf(name);
            String path = "overrides." + name;
            if (kind == null) {
                errors.add(path, "is not an action kind; kinds are " + java.util.Arrays.toString(ActionKind.values()));
            } else if (value == null || value < 0 || value > 3) {
                errors.add(path, "must be 0, 1, 2 or 3, was " + value);
            } else {
                kinds.put(kind, AutonomyLevel.of(value));
            }
        });
        int limit = maxCellsPerChange == null ? AutonomySettings.DEFAULT_MAX_CELLS_PER_CHANGE : maxCellsPerChange;
        errors.check(limit > 0, "maxCellsPerChange", "must be greater than 0, was " + limit);
        errors.throwIfAny();
        return new AutonomySettings(AutonomyLevel.of(level), kinds, limit);
    }

    private static ActionKind kindOf(String name) {
        for (ActionKind kind : ActionKind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
