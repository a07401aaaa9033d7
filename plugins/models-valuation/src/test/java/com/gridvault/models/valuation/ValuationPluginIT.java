package com.gridvault.models.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.gridvault.host.plugins.PluginStatus;
import com.gridvault.plugin.api.model.FinancialModel;
import com.gridvault.plugin.api.model.ModelContext;
import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.InvalidInputException;
import com.gridvault.plugin.testkit.PluginTestHarness;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loads the packaged jar through the appliance's real plugin host. */
class ValuationPluginIT {

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void packagedPluginStartsAndContributesTheThreeModels() throws Exception {
        try (PluginTestHarness harness = PluginTestHarness.forPackagedPlugin()) {
            assertThat(harness.plugins()).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo("models-valuation");
                assertThat(p.status()).as(String.valueOf(p.failureReason())).isEqualTo(PluginStatus.STARTED);
                assertThat(p.extensions()).hasSize(3);
            });

            List<FinancialModel> models = harness.extensions(FinancialModel.class);
            assertThat(models)
                    .extracting(m -> m.descriptor().id())
                    .containsExactlyInAnyOrder("valuation.dcf", "valuation.lbo", "valuation.accretion-dilution");

            FinancialModel dcf = models.stream()
                    .filter(m -> m.descriptor().id().equals("valuation.dcf"))
                    .findFirst()
                    .orElseThrow();
            // The input types live in the plugin's class loader, so build the input reflectively.
            // Flows 100, 110, 121 at 10%, g = 2%: EV = 272.73 + 1542.75 / 1.1^3 = 1431.82 (DcfCalculatorTest).
            ClassLoader loader = dcf.inputType().getClassLoader();
            String pkg = "com.gridvault.models.valuation.dcf.";
            Class<?> flow = loader.loadClass(pkg + "DcfCashFlowYear");
            Object flows = List.of(
                    record(flow, 100.0, null, null), record(flow, 110.0, null, null), record(flow, 121.0, 200.0, null));
            Object bridge = record(loader.loadClass(pkg + "EquityBridgeInput"), null, null, null, null, 100.0);
            Object input = record(dcf.inputType(), null, null, flows, 0.10, null, 0.02, 8.0, null, bridge, null);

            Object output = dcf.run(input, ModelContext.standalone());

            Object gordon = output.getClass().getMethod("gordonGrowth").invoke(output);
            double ev = (double) gordon.getClass().getMethod("enterpriseValue").invoke(gordon);
            assertThat(ev).isCloseTo(1431.8181818, within(1e-6));

            // Validation errors cross the class-loader boundary intact.
            Object bad = record(dcf.inputType(), null, null, flows, 0.02, null, 0.02, 8.0, null, bridge, null);
            assertThatThrownBy(() -> dcf.run(bad, ModelContext.standalone()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::path)
                            .containsExactly("terminalGrowth"));
        }
    }

    private static Object record(Class<?> type, Object... values) throws ReflectiveOperationException {
        Class<?>[] parameters = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        return type.getDeclaredConstructor(parameters).newInstance(values);
    }
}
