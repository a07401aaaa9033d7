package com.gridvault.server.addin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TaskPanePolicyTest {

    private static Map<String, String> directives(String policy) {
        return Arrays.stream(policy.split(";"))
                .map(String::strip)
                .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.contains(" ") ? d.split(" ", 2)[1] : ""));
    }

    @Test
    void scriptsComeFromTheApplianceAndOfficeJsOnlyAndNeverInline() {
        AddinSettings settings = AddinSettings.of("https://gv.example.com", AddinSettings.DEFAULT_OFFICE_JS_URL);

        Map<String, String> csp = directives(TaskPanePolicy.contentSecurityPolicy(settings));

        assertThat(csp.get("default-src")).isEqualTo("'none'");
        assertThat(csp.get("script-src")).isEqualTo("'self' https://appsforoffice.microsoft.com");
        assertThat(csp.get("connect-src")).contains("'self'", "wss://gv.example.com");
        assertThat(String.join(" ", csp.values())).doesNotContain("unsafe-eval");
        assertThat(csp.get("base-uri")).isEqualTo("'none'");
    }

    @Test
    void onlyOfficeHostsMayFrameThePane() {
        Map<String, String> csp = directives(TaskPanePolicy.contentSecurityPolicy(
                AddinSettings.of(AddinSettings.DEFAULT_PUBLIC_URL, AddinSettings.DEFAULT_OFFICE_JS_URL)));

        assertThat(csp.get("frame-ancestors"))
                .startsWith("'self' ")
                .contains("https://*.officeapps.live.com", "https://*.office.com", "https://*.sharepoint.com")
                .doesNotContain("*.com ", " * ", "http:");
    }
}
