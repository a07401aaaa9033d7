package com.gridvault.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void safeClientIdsAreKeptAndAnythingElseIsReplaced() {
        assertThat(RequestIds.acceptOrGenerate("trace-42.a:b_c")).isEqualTo("trace-42.a:b_c");
        assertThat(RequestIds.acceptOrGenerate("has space")).matches("[0-9a-f-]{36}");
        assertThat(RequestIds.acceptOrGenerate("x\r\nSet-Cookie: a=b")).matches("[0-9a-f-]{36}");
        assertThat(RequestIds.acceptOrGenerate("y".repeat(129))).matches("[0-9a-f-]{36}");
        assertThat(RequestIds.acceptOrGenerate(null)).matches("[0-9a-f-]{36}");
    }
}
