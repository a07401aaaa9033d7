package com.gridvault.excel.autonomy;

/** How much the assistant may do on its own. Higher levels never decide more strictly than lower ones. */
public enum AutonomyLevel {
    /** Level 0: suggestions only; nothing is ever written, even with approval. */
    SUGGEST_ONLY(0),
    /** Level 1: every change is shown and written only after the analyst approves it. */
    ASK_EACH(1),
    /** Level 2: low-risk changes (number formats, new sheets) are applied; the rest ask. */
    AUTO_LOW_RISK(2),
    /** Level 3: changes within limits are applied; overwriting content or large changes ask. */
    AUTO_WITHIN_LIMITS(3);

    private final int number;

    AutonomyLevel(int number) {
        this.number = number;
    }

    /**
     * Returns the level's number, 0 to 3.
     *
     * @return the number
     */
    public int number() {
        return number;
    }

    /**
     * Returns the level with a number.
     *
     * @param number 0 to 3
     * @return the level
     * @throws IllegalArgumentException for any other number
     */
    public static AutonomyLevel of(int number) {
        for (AutonomyLevel level : values()) {
            if (level.number == number) {
                return level;
            }
        }
        throw new IllegalArgumentException("autonomy level must be 0, 1, 2 or 3, was " + number);
    }
}
