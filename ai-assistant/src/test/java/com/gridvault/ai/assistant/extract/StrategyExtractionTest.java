package com.gridvault.ai.assistant.extract;

import static com.gridvault.ai.assistant.AssistantFixture.CTX;
import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.ai.assistant.AssistantFixture;
import com.gridvault.ai.assistant.context.ApproximateTokenCounter;
import com.gridvault.ai.assistant.context.WindowLimits;
import com.gridvault.ai.assistant.prompt.PromptTemplates;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The strategy schema yields exactly the backtest input's {@code strategy} object of the quant pack
 * (models-quant {@code StrategySpec} / {@code CustomRules} / {@code RuleGroup} / {@code Condition} /
 * {@code Operand}). The records below restate that JSON shape from the pack's documented fields;
 * deserializing fails on any unknown field, so a drift in names shows here.
 */
class StrategyExtractionTest {

    enum StrategyType {
        SMA_CROSSOVER,
        RSI_MEAN_REVERSION,
        BOLLINGER_REVERSION,
        MOMENTUM,
        CUSTOM_RULES
    }

    enum Op {
        GREATER_THAN,
        LESS_THAN,
        CROSSES_ABOVE,
        CROSSES_BELOW
    }

    enum Indicator {
        SMA,
        EMA,
        RSI,
        BB_UPPER,
        BB_MIDDLE,
        BB_LOWER,
        MACD,
        MACD_SIGNAL,
        MACD_HISTOGRAM,
        ATR,
        VOLATILITY,
        ROC
    }

    enum Price {
        OPEN,
        HIGH,
        LOW,
        CLOSE,
        VOLUME
    }

    enum Direction {
        LONG_ONLY,
        SHORT_ONLY,
        LONG_SHORT
    }

    record Operand(
            Indicator indicator,
            Integer period,
            Integer fastPeriod,
            Integer slowPeriod,
            Integer signalPeriod,
            Double multiplier,
            Price price,
            Double value) {}

    record Condition(Operand left, Op op, Operand right) {}

    record RuleGroup(List<Condition> all, List<Condition> any, List<RuleGroup> allGroups, List<RuleGroup> anyGroups) {}

    record CustomRules(RuleGroup longEntry, RuleGroup longExit, RuleGroup shortEntry, RuleGroup shortExit) {}

    record StrategySpec(StrategyType type, Map<String, Double> parameters, CustomRules rules) {}

    record Extracted(
            String name, String summary, List<String> assumptions, Direction direction, StrategySpec strategy) {}

    static final String GOLDEN_CROSS =
            """
            {"name": "Golden cross with RSI exit",
             "summary": "Buy when the 50-day SMA crosses above the 200-day SMA; sell on the death cross or RSI above 75.",
             "assumptions": ["RSI period 14 (not stated)"],
             "direction": "LONG_ONLY",
             "strategy": {"type": "CUSTOM_RULES", "parameters": {},
               "rules": {
                 "longEntry": {"all": [{"left": {"indicator": "SMA", "period": 50, "fastPeriod": null, "slowPeriod": null,
                                                 "signalPeriod": null, "multiplier": null},
                                        "op": "CROSSES_ABOVE",
                                        "right": {"indicator": "SMA", "period": 200, "fastPeriod": null, "slowPeriod": null,
                                                  "signalPeriod": null, "multiplier": null}}],
                               "any": null, "allGroups": null, "anyGroups": null},
                 "longExit": {"all": null,
                              "any": [{"left": {"indicator": "RSI", "period": 14, "fastPeriod": null, "slowPeriod": null,
                                                "signalPeriod": null, "multiplier": null},
                                       "op": "GREATER_THAN", "right": {"value": 75}},
                                      {"left": {"price": "CLOSE"}, "op": "CROSSES_BELOW",
                                       "right": {"indicator": "SMA", "period": 200, "fastPeriod": null, "slowPeriod": null,
                                                 "signalPeriod": null, "multiplier": null}}],
                              "allGroups": null, "anyGroups": null},
                 "shortEntry": null, "shortExit": null}}}""";

    private final AssistantFixture f = new AssistantFixture();

    private StructuredExtractor extractor() {
        return new StructuredExtractor(
                f.router(),
                PromptTemplates.defaults(),
                ApproximateTokenCounter.DEFAULT,
                WindowLimits.of(32_000, 2_000));
    }

    @Test
    void aValidExtractionDeserializesIntoTheBacktestersStrategyShape() {
        f.connection.thenAnswer(GOLDEN_CROSS);

        ExtractionResult result = extractor().extractStrategy(CTX, "We like the golden cross on ACME ...");

        assertThat(result.errors()).isEmpty();
        assertThat(result.attempts()).isEqualTo(1);
        JsonMapper strict = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        Extracted extracted = strict.readValue(result.requireValid(), Extracted.class);
        StrategySpec spec = extracted.strategy();
        assertThat(spec.type()).isEqualTo(StrategyType.CUSTOM_RULES);
        assertThat(spec.parameters()).isEmpty();
        Condition entry = spec.rules().longEntry().all().get(0);
        assertThat(entry.left().indicator()).isEqualTo(Indicator.SMA);
        assertThat(entry.left().period()).isEqualTo(50);
        assertThat(entry.op()).isEqualTo(Op.CROSSES_ABOVE);
        assertThat(entry.right().period()).isEqualTo(200);
        assertThat(spec.rules().longExit().any().get(0).right().value()).isEqualTo(75.0);
        assertThat(spec.rules().longExit().any().get(1).left().price()).isEqualTo(Price.CLOSE);
        assertThat(spec.rules().shortEntry()).isNull();
        assertThat(extracted.direction()).isEqualTo(Direction.LONG_ONLY);
        assertThat(f.connection.requests().get(0).responseFormat().schema()).isEqualTo(StrategyExtraction.schema());
        assertThat(f.connection.requests().get(0).messages().get(0).content())
                .isEqualTo(
                        PromptTemplates.defaults().builtIn("extract.strategy").system());
    }

    @Test
    void theSchemaRejectsShapesTheBacktesterWouldNotRun() {
        JsonSchemaCheck check = new JsonSchemaCheck(StrategyExtraction.schema());
        assertThat(check.check(GOLDEN_CROSS).errors()).isEmpty();
        // An operand with two kinds at once, an unknown indicator, another strategy type.
        assertThat(check.check(GOLDEN_CROSS.replace("{\"value\": 75}", "{\"value\": 75, \"price\": \"CLOSE\"}"))
                        .errors())
                .isNotEmpty();
        assertThat(check.check(GOLDEN_CROSS.replace("\"RSI\"", "\"STOCHASTIC\""))
                        .errors())
                .isNotEmpty();
        assertThat(check.check(GOLDEN_CROSS.replace("\"CUSTOM_RULES\"", "\"SMA_CROSSOVER\""))
                        .errors())
                .anySatisfy(e -> assertThat(e).contains("/strategy/type"));
    }
}
