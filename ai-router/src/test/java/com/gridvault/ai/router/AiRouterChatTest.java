package com.gridvault.ai.router;

import static com.gridvault.ai.router.RouterFixture.CTX;
import static com.gridvault.ai.router.RouterFixture.hello;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.gridvault.ai.router.usage.CallOutcome;
import com.gridvault.plugin.api.ai.AiProviderException.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AiRouterChatTest {

    private final RouterFixture f = new RouterFixture();

    @Test
    void rateLimitedWithRetryAfterWaitsExactlyThatLongThenAnswersFromTheSameRoute() {
        ScriptedConnection primary =
                f.connection("primary").thenRateLimited(Duration.ofSeconds(2)).thenAnswer("Hi", 5, 2);
        ScriptedConnection fallback = f.connection("fallback").thenAnswer("from fallback", 5, 2);
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"), ProviderRoute.of("fallback"));

        RoutedResponse answer = f.router().chat(CTX, TaskKind.CHAT, hello());

        assertThat(answer.content()).isEqualTo("Hi");
        assertThat(answer.route()).isEqualTo(ProviderRoute.of("primary"));
        assertThat(f.sleeper.waits()).containsExactly(Duration.ofSeconds(2));
        assertThat(answer.attempts())
                .extracting(Attempt::outcome)
                .containsExactly(CallOutcome.RATE_LIMITED, CallOutcome.SUCCESS);
        assertThat(answer.attempts().get(1).waitedBefore()).isEqualTo(Duration.ofSeconds(2));
        assertThat(primary.calls()).isEqualTo(2);
        assertThat(fallback.calls()).isZero();
    }

    @Test
    void retryAfterLongerThanTheCapMovesToTheFallbackWithoutWaiting() {
        ScriptedConnection primary = f.connection("primary").thenRateLimited(Duration.ofMinutes(10));
        f.connection("fallback").thenAnswer("from fallback", 5, 2);
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"), ProviderRoute.of("fallback"));

        RoutedResponse answer = f.router().chat(CTX, TaskKind.CHAT, hello());

        assertThat(answer.content()).isEqualTo("from fallback");
        assertThat(answer.route().configId()).isEqualTo("fallback");
        assertThat(f.sleeper.waits()).isEmpty();
        assertThat(primary.calls()).isEqualTo(1);
        assertThat(answer.attempts().get(0).detail()).contains("PT10M").contains("next route");
    }

    @Test
    void withoutRetryAfterTheBackoffGrowsByTheMultiplier() {
        f.connection("primary")
                .thenFail(Kind.UNAVAILABLE)
                .thenFail(Kind.TIMEOUT)
                .thenAnswer("third time", 1, 1);
        f.policy(TaskKind.SUMMARIZE, ProviderRoute.of("primary"));

        RoutedResponse answer = f.router().chat(CTX, TaskKind.SUMMARIZE, hello());

        assertThat(answer.content()).isEqualTo("third time");
        // initialBackoff 1 s, multiplier 2 (RouterFixture): 1 s, then 2 s.
        assertThat(f.sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(answer.calls()).isEqualTo(3);
    }

    @Test
    void authenticationFailureFallsBackWithoutRetryingTheSameRoute() {
        ScriptedConnection primary = f.connection("primary").thenFail(Kind.AUTHENTICATION);
        f.connection("fallback").thenAnswer("from fallback", 5, 2);
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"), ProviderRoute.of("fallback"));

        RoutedResponse answer = f.router().chat(CTX, TaskKind.CHAT, hello());

        assertThat(answer.route().configId()).isEqualTo("fallback");
        assertThat(primary.calls()).isEqualTo(1);
        assertThat(f.sleeper.waits()).isEmpty();
    }

    @Test
    void unavailableExhaustsRetriesThenFallsBack() {
        ScriptedConnection primary = f.connection("primary").thenFail(Kind.UNAVAILABLE);
        f.connection("fallback").thenAnswer("from fallback", 5, 2);
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"), ProviderRoute.of("fallback"));

        RoutedResponse answer = f.router().chat(CTX, TaskKind.CHAT, hello());

        assertThat(answer.route().configId()).isEqualTo("fallback");
        assertThat(primary.calls()).isEqualTo(3);
        assertThat(f.sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @EnumSource(
            value = Kind.class,
            names = {"BAD_REQUEST", "CONTEXT_TOO_LONG", "CONTENT_FILTERED"})
    void requestErrorsGoToTheCallerAtOnceWithoutFallback(Kind kind) {
        ScriptedConnection primary = f.connection("primary").thenFail(kind);
        ScriptedConnection fallback = f.connection("fallback").thenAnswer("never", 1, 1);
        f.policy(TaskKind.EXTRACT, ProviderRoute.of("primary"), ProviderRoute.of("fallback"));
        AiRouter router = f.router();

        RoutingFailedException e =
                catchThrowableOfType(RoutingFailedException.class, () -> router.chat(CTX, TaskKind.EXTRACT, hello()));

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.providerErrorKind()).contains(kind);
        assertThat(e.providerErrorMessage()).contains("scripted " + kind + " failure");
        assertThat(e.getMessage()).contains("'primary'").contains("scripted " + kind + " failure");
        assertThat(primary.calls()).isEqualTo(1);
        assertThat(fallback.calls()).isZero();
        assertThat(f.sleeper.waits()).isEmpty();
    }

    @Test
    void whenEveryRouteFailsTheCallerGetsTheLastErrorsKindAndMessage() {
        f.connection("primary").thenFail(Kind.UNAVAILABLE);
        f.connection("fallback").thenFail(Kind.AUTHENTICATION);
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"), ProviderRoute.of("fallback"));
        AiRouter router = f.router();

        RoutingFailedException e =
                catchThrowableOfType(RoutingFailedException.class, () -> router.chat(CTX, TaskKind.CHAT, hello()));

        assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(e.providerErrorMessage()).contains("scripted AUTHENTICATION failure");
        assertThat(e.attempts())
                .extracting(Attempt::outcome)
                .containsExactly(
                        CallOutcome.UNAVAILABLE,
                        CallOutcome.UNAVAILABLE,
                        CallOutcome.UNAVAILABLE,
                        CallOutcome.AUTHENTICATION);
    }

    @Test
    void aRouteModelReplacesTheRequestedModelAndTheLedgerNamesTheAnsweringModel() {
        ScriptedConnection primary = f.connection("primary").thenAnswer("ok", 1, 1);
        f.policy(TaskKind.CODE, ProviderRoute.of("primary", "qwen2.5-coder"));

        f.router().chat(CTX, TaskKind.CODE, hello());

        assertThat(primary.requests()).singleElement().satisfies(r -> assertThat(r.model())
                .isEqualTo("qwen2.5-coder"));
        assertThat(f.ledger.records()).singleElement().satisfies(r -> {
            assertThat(r.model()).isEqualTo("model-of-test");
            assertThat(r.kind()).isEqualTo(TaskKind.CODE);
            assertThat(r.userId()).isEqualTo("alice");
        });
    }

    @Test
    void aCallThatOutlivesTheTimeoutFailsAsTimeoutAndFallsBack() {
        f.settings = new RouterSettings(RetryPolicy.noRetry(), CircuitSettings.DEFAULT, Duration.ofMillis(100));
        CountDownLatch never = new CountDownLatch(1);
        f.connection("slow").then(request -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("interrupted by the router");
        });
        f.connection("fast").thenAnswer("fast answer", 1, 1);
        f.policy(TaskKind.CHAT, ProviderRoute.of("slow"), ProviderRoute.of("fast"));

        RoutedResponse answer = f.router().chat(CTX, TaskKind.CHAT, hello());

        assertThat(answer.content()).isEqualTo("fast answer");
        assertThat(answer.attempts().get(0).outcome()).isEqualTo(CallOutcome.TIMEOUT);
        assertThat(answer.attempts().get(0).detail()).contains("PT0.1S");
    }

    @Test
    void aProviderThatThrowsSomethingUnexpectedCountsAsUnavailable() {
        f.settings = new RouterSettings(RetryPolicy.noRetry(), CircuitSettings.DEFAULT, Duration.ofSeconds(5));
        f.connection("buggy").then(request -> {
            throw new IllegalStateException("secret=sk-123 leaked into a message");
        });
        f.connection("fallback").thenAnswer("ok", 1, 1);
        f.policy(TaskKind.CHAT, ProviderRoute.of("buggy"), ProviderRoute.of("fallback"));

        RoutedResponse answer = f.router().chat(CTX, TaskKind.CHAT, hello());

        assertThat(answer.attempts().get(0).outcome()).isEqualTo(CallOutcome.UNAVAILABLE);
        assertThat(answer.attempts().get(0).detail())
                .contains("IllegalStateException")
                .doesNotContain("sk-123");
    }

    @Test
    void everyAttemptIsRecordedFailuresWithZeroTokens() {
        f.connection("primary").thenFail(Kind.AUTHENTICATION);
        f.connection("fallback").thenAnswer("ok", 7, 3);
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"), ProviderRoute.of("fallback"));

        f.router().chat(CTX, TaskKind.CHAT, hello());

        assertThat(f.ledger.records())
                .extracting(r -> r.configId(), r -> r.outcome(), r -> r.totalTokens())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("primary", CallOutcome.AUTHENTICATION, 0L),
                        org.assertj.core.groups.Tuple.tuple("fallback", CallOutcome.SUCCESS, 10L));
    }

    @Test
    void routesWithoutAConnectionAreSkipped() {
        f.connection("fallback").thenAnswer("ok", 1, 1);
        f.policy(TaskKind.CHAT, ProviderRoute.of("deleted"), ProviderRoute.of("fallback"));

        RoutedResponse answer = f.router().chat(CTX, TaskKind.CHAT, hello());

        assertThat(answer.attempts())
                .extracting(Attempt::outcome)
                .containsExactly(CallOutcome.NO_CONNECTION, CallOutcome.SUCCESS);
        assertThat(answer.calls()).isEqualTo(1);
    }

    @Test
    void concurrentCallsAreAllAnsweredAndRecorded() throws Exception {
        f.connection("primary").thenAnswer("ok", 2, 1);
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"));
        AiRouter router = f.router();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<RoutedResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                answers.add(callers.submit(() -> router.chat(CTX, TaskKind.CHAT, hello())));
            }
            for (Future<RoutedResponse> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS).content()).isEqualTo("ok");
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(f.ledger.totals(RouterFixture.ORG, Instant.EPOCH).totalTokens())
                .isEqualTo(600);
        assertThat(router.circuitState(RouterFixture.ORG, "primary")).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void nullArgumentsAreRejected() {
        AiRouter router = f.router();
        assertThatThrownBy(() -> router.chat(null, TaskKind.CHAT, hello())).isInstanceOf(NullPointerException.class);
    }
}
