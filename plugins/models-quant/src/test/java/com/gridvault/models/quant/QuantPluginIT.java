package com.gridvault.models.quant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.host.plugins.PluginInfo;
import com.gridvault.host.plugins.PluginStatus;
import com.gridvault.plugin.api.model.FinancialModel;
import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.validation.InvalidInputException;
import com.gridvault.plugin.testkit.PluginTestHarness;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Loads the packaged jar through the appliance's real plugin host and runs a model through the
 * guarded extension. The input is built reflectively from the classes the plugin's class loader
 * defines, as the host's JSON binder would.
 */
class QuantPluginIT {

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void pluginStartsAndContributesEveryModel() throws Exception {
        try (PluginTestHarness harness = PluginTestHarness.forPackagedPlugin()) {
            PluginInfo info = harness.plugin("models-quant");
            assertThat(info.status()).isEqualTo(PluginStatus.STARTED);
            assertThat(info.failureReason()).isNull();

            List<FinancialModel> models = harness.extensions(FinancialModel.class);
            assertThat(models)
                    .extracting(m -> m.descriptor().id())
                    .contains("quant.indicators", "quant.backtest", "quant.sweep", "quant.portfolio-risk");

            FinancialModel backtest = models.stream()
                    .filter(m -> m.descriptor().id().equals("quant.backtest"))
                    .findFirst()
                    .orElseThrow();
            ClassLoader loader = backtest.inputType().getClassLoader();
            Object input = backtestInput(loader, 120);
            Object output = backtest.run(input, ModelContext.standalone());
            assertThat(output.getClass().getName()).isEqualTo("com.gridvault.models.quant.backtest.BacktestOutput");
            List<?> curve = (List<?>) output.getClass().getMethod("equityCurve").invoke(output);
            assertThat(curve).hasSize(120);

            Object tooShort = backtestInput(loader, 1);
            assertThatThrownBy(() -> backtest.run(tooShort, ModelContext.standalone()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(f -> f.path())
                            .contains("bars"));
        }
    }

    private static Object backtestInput(ClassLoader loader, int n) throws Exception {
        List<Object> bars = new ArrayList<>();
        double price = 100;
        for (int i = 0; i < n; i++) {
            price *= 1 + 0.02 * Math.sin(i / 5.0);
            bars.add(
                    record(loader, "series.Bar", Instant.ofEpochSecond(86_400L * i), price, price, price, price, 10.0));
        }
        Object type = enumValue(loader, "backtest.StrategyType", "SMA_CROSSOVER");
        Object strategy = record(loader, "backtest.StrategySpec", type, Map.of("fast", 5.0, "slow", 20.0), null);
        return record(loader, "backtest.BacktestInput", bars, strategy, null, true);
    }

    private static Object record(ClassLoader loader, String name, Object... args) throws Exception {
        Class<?> type = loader.loadClass("com.gridvault.models.quant." + name);
        Class<?>[] parameterTypes = java.util.Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
        return constructor.newInstance(args);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(ClassLoader loader, String name, String constant) throws Exception {
        return Enum.valueOf((Class<Enum>) loader.loadClass("com.gridvault.models.quant." + name), constant);
    }
}
