package com.gridvault.ai.router;

import static com.gridvault.ai.router.RouterFixture.CTX;
import static com.gridvault.ai.router.RouterFixture.hello;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.ai.router.usage.CallOutcome;
import com.gridvault.plugin.api.ai.AiProviderException.Kind;
import com.gridvault.plugin.api.ai.ChatDelta;
import com.gridvault.plugin.api.ai.ChatStreamListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AiRouterStreamTest {

    private final RouterFixture f = new RouterFixture();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final ChatStreamListener collect = delta -> received.add(delta.content());

    @Test
    void aFailureBeforeTheFirstDeltaFallsBack() throws Exception {
        f.settings = new RouterSettings(RetryPolicy.noRetry(), CircuitSettings.DEFAULT, Duration.ofSeconds(5));
        f.connection("primary").thenStream((request, listener) -> new ManualStream(listener)
                .fail(ScriptedConnection.failure(Kind.UNAVAILABLE, null)));
        f.connection("fallback").thenStream((request, listener) -> new ManualStream(listener)
                .emit("Hel")
                .emit("lo")
                .complete(ScriptedConnection.answer("Hello", 3, 2)));
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"), ProviderRoute.of("fallback"));

        RoutedResponse answer = await(f.router().stream(CTX, TaskKind.CHAT, hello(), collect));

        assertThat(received).containsExactly("Hel", "lo");
        assertThat(answer.route().configId()).isEqualTo("fallback");
        assertThat(answer.content()).isEqualTo("Hello");
        assertThat(f.ledger.records())
                .extracting(r -> r.outcome())
                .containsExactly(CallOutcome.UNAVAILABLE, CallOutcome.SUCCESS);
    }

    @Test
    void aRateLimitBeforeTheFirstDeltaIsRetriedOnTheSameRouteAfterRetryAfter() throws Exception {
        ScriptedConnection primary = f.connection("primary")
                .thenStream((request, listener) -> new ManualStream(listener)
                        .fail(ScriptedConnection.failure(Kind.RATE_LIMITED, Duration.ofSeconds(1))))
                .thenStream((request, listener) ->
                        new ManualStream(listener).emit("ok").complete(ScriptedConnection.answer("ok", 1, 1)));
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"));

        RoutedResponse answer = await(f.router().stream(CTX, TaskKind.CHAT, hello(), collect));

        assertThat(answer.attempts())
                .extracting(Attempt::outcome)
                .containsExactly(CallOutcome.RATE_LIMITED, CallOutcome.SUCCESS);
        assertThat(f.sleeper.waits()).containsExactly(Duration.ofSeconds(1));
        assertThat(primary.calls()).isEqualTo(2);
        assertThat(received).containsExactly("ok");
    }

    @Test
    void aSynchronousRefusalToStreamFallsBackToo() throws Exception {
        f.connection("primary").thenStream((request, listener) -> {
            throw ScriptedConnection.failure(Kind.AUTHENTICATION, null);
        });
        f.connection("fallback")
                .thenStream((request, listener) ->
                        new ManualStream(listener).emit("ok").complete(ScriptedConnection.answer("ok", 1, 1)));
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"), ProviderRoute.of("fallback"));

        RoutedResponse answer = await(f.router().stream(CTX, TaskKind.CHAT, hello(), collect));

        assertThat(answer.route().configId()).isEqualTo("fallback");
        assertThat(received).containsExactly("ok");
    }

    @Test
    void aFailureAfterTheFirstDeltaIsSurfacedAndNoOtherRouteIsCalled() {
        f.connection("primary").thenStream((request, listener) -> new ManualStream(listener)
                .emit("Hel")
                .fail(ScriptedConnection.failure(Kind.UNAVAILABLE, null)));
        ScriptedConnection fallback = f.connection("fallback")
                .thenStream((request, listener) ->
                        new ManualStream(listener).emit("never").complete(ScriptedConnection.answer("x", 1, 1)));
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"), ProviderRoute.of("fallback"));

        RoutedStream stream = f.router().stream(CTX, TaskKind.CHAT, hello(), collect);

        assertThatThrownBy(() -> await(stream))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(RoutingFailedException.class)
                .hasMessageContaining("after part of the CHAT answer was streamed")
                .satisfies(e -> assertThat(((RoutingFailedException) e).kind()).isEqualTo(Kind.UNAVAILABLE));
        assertThat(received).containsExactly("Hel");
        assertThat(fallback.calls()).isZero();
        assertThat(f.sleeper.waits()).isEmpty();
    }

    @Test
    void aStreamSilentPastTheTimeoutFallsBackAndItsLateDeltasNeverArrive() throws Exception {
        f.settings = new RouterSettings(RetryPolicy.noRetry(), CircuitSettings.DEFAULT, Duration.ofMillis(100));
        AtomicReference<ManualStream> silent = new AtomicReference<>();
        f.connection("silent").thenStream((request, listener) -> {
            silent.set(new ManualStream(listener));
            return silent.get();
        });
        f.connection("fallback")
                .thenStream((request, listener) ->
                        new ManualStream(listener).emit("fast").complete(ScriptedConnection.answer("fast", 1, 1)));
        f.policy(TaskKind.CHAT, ProviderRoute.of("silent"), ProviderRoute.of("fallback"));

        RoutedResponse answer = await(f.router().stream(CTX, TaskKind.CHAT, hello(), collect));
        silent.get().emit("late");

        assertThat(answer.attempts().get(0).outcome()).isEqualTo(CallOutcome.TIMEOUT);
        assertThat(silent.get().wasCancelled()).isTrue();
        assertThat(received).containsExactly("fast");
    }

    @Test
    void cancelCancelsTheUpstreamStream() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<ManualStream> upstream = new AtomicReference<>();
        f.connection("primary").thenStream((request, listener) -> {
            upstream.set(new ManualStream(listener).emit("partial"));
            started.countDown();
            return upstream.get();
        });
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"));

        RoutedStream stream = f.router().stream(CTX, TaskKind.CHAT, hello(), collect);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        stream.cancel();

        assertThat(stream.isDone()).isTrue();
        assertThat(upstream.get().awaitCancelled()).isTrue();
        assertThatThrownBy(() -> await(stream))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(CancellationException.class);
        upstream.get().emit("after cancel");
        assertThat(received).containsExactly("partial");
    }

    @Test
    void aListenerThatThrowsEndsTheStreamWithItsOwnException() {
        f.connection("primary")
                .thenStream((request, listener) ->
                        new ManualStream(listener).emit("boom").complete(ScriptedConnection.answer("boom", 1, 1)));
        f.policy(TaskKind.CHAT, ProviderRoute.of("primary"));
        IllegalStateException listenerBug = new IllegalStateException("client went away");
        ChatStreamListener throwing = (ChatDelta delta) -> {
            throw listenerBug;
        };

        RoutedStream stream = f.router().stream(CTX, TaskKind.CHAT, hello(), throwing);

        assertThatThrownBy(() -> await(stream))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isSameAs(listenerBug);
    }

    private static RoutedResponse await(RoutedStream stream) throws Exception {
        CompletableFuture<RoutedResponse> result = stream.result().toCompletableFuture();
        return result.get(10, TimeUnit.SECONDS);
    }
}
