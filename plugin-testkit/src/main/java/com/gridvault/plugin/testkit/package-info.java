/**
 * Test kit for plugin authors: build real plugin jars in a temporary folder ({@link
 * com.gridvault.plugin.testkit.PluginJar}) and load them through the appliance's real plugin host
 * ({@link com.gridvault.plugin.testkit.PluginTestHarness}), so a plugin is tested the way it runs.
 *
 * <p>In a plugin module, an integration test loads the packaged jar:
 *
 * <pre>{@code
 * try (PluginTestHarness harness = PluginTestHarness.forPackagedPlugin()) {
 *     assertThat(harness.plugins()).singleElement().extracting(PluginInfo::status).isEqualTo(PluginStatus.STARTED);
 *     List<FinancialModel> models = harness.extensions(FinancialModel.class);
 * }
 * }</pre>
 */
package com.gridvault.plugin.testkit;
