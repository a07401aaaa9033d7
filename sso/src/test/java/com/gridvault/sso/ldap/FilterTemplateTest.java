package com.gridvault.sso.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.LDAPException;
import org.junit.jupiter.api.Test;

class FilterTemplateTest {

    @Test
    void escapesFilterSyntaxPerRfc4515() throws LDAPException {
        // RFC 4515 section 3: '*' -> \2a, '(' -> \28, ')' -> \29, '\' -> \5c.
        assertThat(FilterTemplate.fill("(uid={0})", "*)(uid=*").toString()).isEqualTo("(uid=\\2a\\29\\28uid=\\2a)");
        assertThat(FilterTemplate.fill("(uid={0})", "a\\b").toString()).isEqualTo("(uid=a\\5cb)");
    }

    @Test
    void fillsBothPlaceholdersInOnePass() throws LDAPException {
        // A user name that looks like a placeholder must not be expanded again.
        assertThat(FilterTemplate.fill("(|(member={0})(memberUid={1}))", "uid=x,dc=ex", "{0}")
                        .toString())
                .isEqualTo("(|(member=uid=x,dc=ex)(memberUid={0}))");
    }
}
