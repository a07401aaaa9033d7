package com.gridvault.server.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.host.plugins.PluginExtensionException;
import com.gridvault.host.plugins.PluginRejectedException;
import com.gridvault.plugin.api.validation.FieldErrors;
import com.gridvault.plugin.api.validation.InvalidInputException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void unexpectedFailuresAre500WithoutLeakingTheirMessage() {
        Problem problem = mapper.toProblem(new IllegalStateException("password=hunter2 at db01"));
        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.type()).isEqualTo("urn:gridvault:problem:internal");
        assertThat(Problems.toJson(problem)).doesNotContain("hunter2").doesNotContain("IllegalStateException");
    }

    @Test
    void invalidModelInputListsEveryField() {
        InvalidInputException invalid = assertThrows(() -> FieldErrors.create()
                .positive("volatility", 0)
                .finite("bars[3].close", Double.NaN)
                .throwIfAny());
        Problem problem = mapper.toProblem(invalid);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors())
                .extracting(Problem.FieldProblem::field)
                .containsExactly("volatility", "bars[3].close");
    }

    @Test
    void malformedJsonIsFoundInTheCauseChain() {
        Problem problem = mapper.toProblem(
                new ProcessingException(new JsonbException("Unexpected char 44 at (line no=1, column no=14)")));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.title()).isEqualTo("Malformed JSON");
        assertThat(problem.detail()).contains("Unexpected char 44");
    }

    @Test
    void pluginFailuresMapToTheirStatuses() {
        assertThat(mapper.toProblem(new PluginRejectedException("bad archive")).status())
                .isEqualTo(422);
        Problem failed = mapper.toProblem(
                new PluginExtensionException("quant", "Plugin 'quant' failed in FinancialModel.run: boom", null));
        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.detail()).contains("Plugin 'quant'");
    }

    @Test
    void everyProblemTypeHasAStableUri() {
        assertThat(ProblemType.PAYLOAD_TOO_LARGE.uri()).isEqualTo("urn:gridvault:problem:payload-too-large");
        assertThat(ProblemType.forStatus(404)).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.BAD_REQUEST);
        assertThat(ProblemType.forStatus(503)).isEqualTo(ProblemType.UNAVAILABLE);
    }

    private static InvalidInputException assertThrows(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected an InvalidInputException");
    }
}
