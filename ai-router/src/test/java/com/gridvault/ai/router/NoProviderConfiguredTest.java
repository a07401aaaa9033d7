package com.gridvault.ai.router;

import static com.gridvault.ai.router.RouterFixture.CTX;
import static com.gridvault.ai.router.RouterFixture.hello;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoProviderConfiguredTest {

    private final RouterFixture f = new RouterFixture();

    @Test
    void withoutAPolicyTheMessageTellsAnAdminWhatToConfigure() {
        AiRouter router = f.router();

        NoProviderConfiguredException e = catchThrowableOfType(
                NoProviderConfiguredException.class, () -> router.chat(CTX, TaskKind.FORMULA, hello()));

        assertThat(e.orgId()).isEqualTo("acme");
        assertThat(e.kind()).isEqualTo(TaskKind.FORMULA);
        assertThat(e.getMessage())
                .contains("FORMULA")
                .contains("'acme'")
                .contains("administrator")
                .contains("routing policy");
        assertThat(e.providerErrorKind()).isEmpty();
    }

    @Test
    void anEmptyChainCountsAsNoProvider() {
        f.policies.put(TaskKind.CHAT, new RoutingPolicy(TaskKind.CHAT, List.of()));
        AiRouter router = f.router();

        NoProviderConfiguredException e = catchThrowableOfType(
                NoProviderConfiguredException.class, () -> router.chat(CTX, TaskKind.CHAT, hello()));

        assertThat(e.kind()).isEqualTo(TaskKind.CHAT);
    }

    @Test
    void whenNoEndpointOfTheChainExistsTheMessageNamesThem() {
        f.policy(TaskKind.CHAT, ProviderRoute.of("gone-1"), ProviderRoute.of("gone-2"));
        AiRouter router = f.router();

        NoProviderConfiguredException e = catchThrowableOfType(
                NoProviderConfiguredException.class, () -> router.chat(CTX, TaskKind.CHAT, hello()));

        assertThat(e.getMessage()).contains("gone-1").contains("gone-2").contains("administrator");
        assertThat(f.ledger.records()).isEmpty();
    }

    @Test
    void streamsRefuseAtOnceToo() {
        AiRouter router = f.router();

        NoProviderConfiguredException e = catchThrowableOfType(
                NoProviderConfiguredException.class, () -> router.stream(CTX, TaskKind.CHAT, hello(), d -> {}));

        assertThat(e.kind()).isEqualTo(TaskKind.CHAT);
    }
}
