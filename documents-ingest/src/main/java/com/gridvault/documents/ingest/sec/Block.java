package com.gridvault.documents.ingest.sec;

import com.gridvault.documents.ingest.tables.TableCleaner.CleanTable;

/** A unit of filing layout: a paragraph-like run of text, a data table or a page break. */
record Block(Kind kind, String text, CleanTable table, int sourceStart) {
    enum Kind {
        TEXT,
        TABLE,
        PAGE_BREAK
    }

    static Block text(String text, int sourceStart) {
        return new Block(Kind.TEXT, text, null, sourceStart);
    }

    static Block table(CleanTable table, int sourceStart) {
        return new Block(Kind.TABLE, "", table, sourceStart);
    }

    static Block pageBreak(int sourceStart) {
        return new Block(Kind.PAGE_BREAK, "", null, sourceStart);
    }

    boolean isText() {
        return kind == Kind.TEXT;
    }
}
