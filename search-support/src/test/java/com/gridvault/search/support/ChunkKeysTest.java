package com.gridvault.search.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChunkKeysTest {

    @Test
    void scopesOfLookAlikeTenantsAndWorkspacesDiffer() {
        assertThat(ChunkKeys.scope("a/b", "c")).isNotEqualTo(ChunkKeys.scope("a", "b/c"));
        assertThat(ChunkKeys.scope("ab", "c")).isEqualTo("2:ab|1:c");
        assertThat(ChunkKeys.key("ab", "c", "d")).isEqualTo("2:ab|1:c|d");
    }

    @Test
    void documentIdsAreStableFixedLengthHashesThatKeepLookAlikeKeysApart() {
        assertThat(ChunkKeys.documentId("a|b", "c", "d")).isNotEqualTo(ChunkKeys.documentId("a", "b|c", "d"));
        assertThat(ChunkKeys.documentId("a", "b", "c")).isEqualTo(ChunkKeys.documentId("a", "b", "c"));
        assertThat(ChunkKeys.documentId("t".repeat(256), "w".repeat(256), "c".repeat(256)))
                .hasSize(64)
                .matches("[0-9a-f]{64}");
        // SHA-256 of "1:a|1:b|c" (sha256sum).
        assertThat(ChunkKeys.documentId("a", "b", "c"))
                .isEqualTo("5a963ee82cc20d44e8d2a0471a9c3d3a9d8c18ceeaf6a46e33f8c873f41d0003");
    }

    @Test
    void companyKeysIgnoreCaseAndSurroundingBlanks() {
        assertThat(ChunkKeys.companyKey("  Acme Bank ")).isEqualTo("acme bank");
        assertThat(ChunkKeys.companyKey("ACME BANK")).isEqualTo(ChunkKeys.companyKey("acme bank"));
    }
}
