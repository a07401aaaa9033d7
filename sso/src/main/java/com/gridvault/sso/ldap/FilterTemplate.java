package com.gridvault.sso.ldap;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {0}} and {@code {1}} in a configured filter with values escaped per RFC 4515, in one
 * pass, so text a user typed can never add filter syntax (a user name of {@code *)(uid=*} stays a
 * literal value).
 */
final class FilterTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([01])}");

    private FilterTemplate() {}

    static Filter fill(String template, String... values) throws LDAPException {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filter = new StringBuilder();
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            String value = index < values.length ? values[index] : "";
            matcher.appendReplacement(filter, Matcher.quoteReplacement(Filter.encodeValue(value)));
        }
        matcher.appendTail(filter);
        return Filter.create(filter.toString());
    }
}
