package com.gridvault.search.support;

/**
 * How much BM25 weighs a query's words in a chunk's fields besides its text, the same in every search
 * backend so that they rank alike (ADR 0021).
 */
public final class TextBoosts {

    /**
     * The weight of the BM25 score of the query's words in a chunk's section title, added to the score
     * of its text. One: a title word counts about like that word once more in a passage of average
     * length, so a query that names a section ("risk factors", "legal proceedings") prefers that
     * section's passages over similar ones elsewhere, while a passage matching several query words in
     * its text still beats one matching a word of its title. Measured on the SEC test filings against
     * 0.25, 0.5 and 2 (ADR 0021).
     */
    public static final float SECTION_TITLE = 1.0f;

    private TextBoosts() {}
}
