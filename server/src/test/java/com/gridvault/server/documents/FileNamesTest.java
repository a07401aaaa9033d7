package com.gridvault.server.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void pathsAreDroppedAndReservedOrControlCharactersReplaced() {
        assertThat(FileNames.sanitize("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitize("C:\\Users\\x\\10-K.htm")).isEqualTo("10-K.htm");
        assertThat(FileNames.sanitize("memo\u0000.txt")).isEqualTo("memo_.txt");
        assertThat(FileNames.sanitize("a<b>c:\"d|e?f*.pdf")).isEqualTo("a_b_c__d_e_f_.pdf");
        assertThat(FileNames.sanitize("evil\u202Etxt.exe")).isEqualTo("evil_txt.exe");
        assertThat(FileNames.sanitize("..hidden")).isEqualTo("hidden");
    }

    @Test
    void emptyNamesGetADefaultAndLongOnesKeepTheirExtension() {
        assertThat(FileNames.sanitize(null)).isEqualTo("document");
        assertThat(FileNames.sanitize("  /  ")).isEqualTo("document");
        String name = FileNames.sanitize("x".repeat(400) + ".xlsx");
        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith(".xlsx");
    }

    @Test
    void unicodeNamesAreKeptInComposedForm() {
        assertThat(FileNames.sanitize("Re\u0301sume\u0301 Q3.pdf")).isEqualTo("Résumé Q3.pdf");
        assertThat(ContentDisposition.attachment("Résumé Q3.pdf"))
                .isEqualTo("attachment; filename=\"R_sum_ Q3.pdf\"; filename*=UTF-8''R%C3%A9sum%C3%A9%20Q3.pdf");
    }
}
