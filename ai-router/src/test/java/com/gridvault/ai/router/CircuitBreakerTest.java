package com.gridvault.ai.router;

import static com.gridvault.ai.router.RouterFixture.CTX;
import static com.gridvault.ai.router.RouterFixture.hello;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.gridvault.ai.router.usage.CallOutcome;
import com.gridvault.plugin.api.ai.AiProviderException.Kind;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final RouterFixture f = new RouterFixture();

    @BeforeEach
    void opensAfterTwoFailuresOfTwoForThirtySeconds() {
        f.settings = new RouterSettings(
                RetryPolicy.noRetry(),
                new CircuitSettings(50f, 2, 2, Duration.ofSeconds(30), 1),
                Duration.ofSeconds(5));
    }

    @Test
    void opensAfterRepeatedFailuresSkipsTheRouteAndHalfOpensWhenTheClockHasMoved() {
        ScriptedConnection primary = f.connection("primary")
                .thenFail(Kind.UNAVAILABLE)
                .thenFail(Kind.UNAVAILABLE)
                .thenAnswer("primary is back", 1, 1);
        f.connection("fallback").thenAnswer("from fallback", 1, 1);
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"), ProviderRoute.of("fallback"));
        AiRouter router = f.router();

        router.chat(CTX, TaskKind.CHAT, hello());
        router.chat(CTX, TaskKind.CHAT, hello());
        assertThat(router.circuitState("acme", "primary")).isEqualTo(CircuitState.OPEN);

        RoutedResponse whileOpen = router.chat(CTX, TaskKind.CHAT, hello());
        assertThat(primary.calls()).isEqualTo(2);
        assertThat(whileOpen.attempts().get(0).outcome()).isEqualTo(CallOutcome.CIRCUIT_OPEN);
        assertThat(whileOpen.attempts().get(0).detail()).contains("scripted UNAVAILABLE failure");
        assertThat(whileOpen.route().configId()).isEqualTo("fallback");

        f.clock.advance(Duration.ofSeconds(29));
        router.chat(CTX, TaskKind.CHAT, hello());
        assertThat(primary.calls()).as("still open before the open duration").isEqualTo(2);

        f.clock.advance(Duration.ofSeconds(2));
        RoutedResponse trial = router.chat(CTX, TaskKind.CHAT, hello());
        assertThat(primary.calls()).isEqualTo(3);
        assertThat(trial.content()).isEqualTo("primary is back");
        assertThat(router.circuitState("acme", "primary")).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void circuitsAreKeptPerOrganization() {
        f.connection("primary").thenFail(Kind.UNAVAILABLE);
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"));
        AiRouter router = f.router();

        for (int i = 0; i < 2; i++) {
            catchThrowableOfType(RoutingFailedException.class, () -> router.chat(CTX, TaskKind.CHAT, hello()));
        }

        assertThat(router.circuitState("acme", "primary")).isEqualTo(CircuitState.OPEN);
        assertThat(router.circuitState("other-org", "primary")).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void whenEveryCircuitIsOpenTheCallerStillLearnsTheLastProviderError() {
        f.connection("primary").thenRateLimited(null);
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"));
        AiRouter router = f.router();
        for (int i = 0; i < 2; i++) {
            catchThrowableOfType(RoutingFailedException.class, () -> router.chat(CTX, TaskKind.CHAT, hello()));
        }

        RoutingFailedException e =
                catchThrowableOfType(RoutingFailedException.class, () -> router.chat(CTX, TaskKind.CHAT, hello()));

        assertThat(e.attempts()).extracting(Attempt::outcome).containsExactly(CallOutcome.CIRCUIT_OPEN);
        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.providerErrorMessage()).contains("scripted RATE_LIMITED failure");
    }

    @Test
    void requestErrorsDoNotOpenTheCircuit() {
        f.connection("primary").thenFail(Kind.BAD_REQUEST);
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"));
        AiRouter router = f.router();

        for (int i = 0; i < 4; i++) {
            catchThrowableOfType(RoutingFailedException.class, () -> router.chat(CTX, TaskKind.CHAT, hello()));
        }

        assertThat(router.circuitState("acme", "primary")).isEqualTo(CircuitState.CLOSED);
    }
}
