package com.gridvault.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.server.errors.ApiException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void theTenThousandMostCommonPasswordsAreLoaded() {
        assertThat(CommonPasswords.size()).isEqualTo(CommonPasswords.SIZE);
        assertThat(CommonPasswords.contains("password")).isTrue();
        assertThat(CommonPasswords.contains("PassWord")).as("case-insensitive").isTrue();
    }

    @Test
    void aCommonPasswordOfAcceptedLengthIsRefusedWithAReason() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "alice", "123qweasdzxc"))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("most common passwords");
        assertThatThrownBy(() -> PasswordPolicy.check("password", "alice", "1qaz2wsx3edc"))
                .hasMessageContaining("most common");
    }

    @Test
    void theOtherRulesStillApplyAndAGoodPasswordPasses() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "alice", "short"))
                .hasMessageContaining("12 characters");
        assertThatThrownBy(() -> PasswordPolicy.check("password", "alice", "xx-ALICE-secret-xx"))
                .hasMessageContaining("user name");
        assertThatCode(() -> PasswordPolicy.check("password", "alice", "correct horse battery staple"))
                .doesNotThrowAnyException();
    }
}
