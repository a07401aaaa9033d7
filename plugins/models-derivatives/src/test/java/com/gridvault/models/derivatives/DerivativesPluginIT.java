package com.gridvault.models.derivatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.host.plugins.PluginStatus;
import com.gridvault.plugin.api.model.FinancialModel;
import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.testkit.PluginTestHarness;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Loads the packaged plugin jar through the appliance's real plugin host. */
class DerivativesPluginIT {

    private static final List<String> MODEL_IDS = List.of(
            "derivatives.black-scholes",
            "derivatives.implied-volatility",
            "derivatives.binomial-crr",
            "derivatives.monte-carlo");

    @Test
    void startsAndContributesEveryModel() {
        try (var harness = PluginTestHarness.forPackagedPlugin()) {
            assertThat(harness.plugins()).singleElement().satisfies(plugin -> {
                assertThat(plugin.id()).isEqualTo("models-derivatives");
                assertThat(plugin.status()).isEqualTo(PluginStatus.STARTED);
                assertThat(plugin.failureReason()).isNull();
            });
            List<FinancialModel> models = harness.extensions(FinancialModel.class);
            assertThat(models).extracting(m -> m.descriptor().id()).containsExactlyInAnyOrderElementsOf(MODEL_IDS);
            assertThat(models)
                    .allSatisfy(m -> assertThat(m.descriptor().category()).isEqualTo("derivatives"));
        }
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void runsBlackScholesInsideThePluginClassLoader() throws Exception {
        try (var harness = PluginTestHarness.forPackagedPlugin()) {
            FinancialModel model = harness.extensions(FinancialModel.class).stream()
                    .filter(m -> m.descriptor().id().equals("derivatives.black-scholes"))
                    .findFirst()
                    .orElseThrow();
            // The input record lives in the plugin's class loader: build it reflectively, as a JSON binder would.
            Class<?> inputType = model.inputType();
            Map<String, Object> fields = Map.of(
                    "spot",
                    42.0,
                    "strike",
                    40.0,
                    "timeToExpiry",
                    0.5,
                    "volatility",
                    0.2,
                    "rate",
                    0.1,
                    "dividendYield",
                    0.0);
            RecordComponent[] components = inputType.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = components[i].getName().equals("type")
                        ? Enum.valueOf((Class<Enum>) types[i], "CALL")
                        : fields.get(components[i].getName());
            }
            Object input = inputType.getDeclaredConstructor(types).newInstance(args);
            Object result = model.run(input, ModelContext.standalone());
            double price = (double) result.getClass().getMethod("price").invoke(result);
            // Hull, Options, Futures and Other Derivatives (9th ed.), Example 15.6: c = 4.76.
            assertThat(price).isCloseTo(4.76, within(0.005));
        }
    }
}
