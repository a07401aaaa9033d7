package com.gridvault.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.host.plugins.PluginInfo;
import com.gridvault.host.plugins.PluginStatus;
import com.gridvault.plugin.api.validation.FieldErrors;
import com.gridvault.plugin.testkit.PluginTestHarness;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Loads the packaged PF4J zip through the real plugin host, then runs the formula analyzer from
 * the zip's own classes and libraries (with only plugin-api beside them), which proves the zip
 * ships POI and everything POI needs.
 */
class ExcelBridgePluginIT {

    private static final Path ZIP = Path.of(System.getProperty(PluginTestHarness.PACKAGED_PLUGIN_PROPERTY));

    @Test
    void pluginStartsThroughTheRealHost() {
        try (PluginTestHarness harness = PluginTestHarness.forPackagedPlugin()) {
            PluginInfo info = harness.plugin("excel-bridge");

            assertThat(info.status()).isEqualTo(PluginStatus.STARTED);
            assertThat(info.failureReason()).isNull();
            assertThat(info.extensions())
                    .extracting(e -> e.extensionPoint() + " " + e.className())
                    .containsExactlyInAnyOrder(
                            "HubProtocol com.gridvault.excel.session.ExcelProtocol",
                            "WorkspaceSettingsSpec com.gridvault.excel.session.ExcelSettingsSpec");
        }
    }

    @Test
    void zipShipsPoiButNotTheHostsLibraries() throws IOException {
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            List<String> libs = Collections.list(zip.entries()).stream()
                    .map(ZipEntry::getName)
                    .filter(n -> n.startsWith("lib/"))
                    .toList();

            assertThat(libs).anyMatch(n -> n.startsWith("lib/poi-5.5.1"));
            assertThat(libs).anyMatch(n -> n.startsWith("lib/jackson-databind-"));
            assertThat(libs).noneMatch(n -> n.contains("pf4j") || n.contains("plugin-api") || n.contains("poi-ooxml"));
            assertThat(zip.getEntry("classes/com/gridvault/excel/formula/FormulaAnalyzer.class"))
                    .isNotNull();
        }
    }

    @Test
    void analyzerRunsFromTheZipAlone(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<URL> urls = new ArrayList<>();
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                Path target = dir.resolve(entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if (entry.getName().startsWith("lib/")) {
                    urls.add(target.toUri().toURL());
                }
            }
        }
        urls.add(dir.resolve("classes").toUri().toURL());
        urls.add(FieldErrors.class.getProtectionDomain().getCodeSource().getLocation());

        try (URLClassLoader loader =
                new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> cell = loader.loadClass("com.gridvault.excel.snapshot.CellSnapshot");
            Class<?> sheet = loader.loadClass("com.gridvault.excel.snapshot.SheetSnapshot");
            Class<?> book = loader.loadClass("com.gridvault.excel.snapshot.WorkbookSnapshot");
            Class<?> analyzer = loader.loadClass("com.gridvault.excel.formula.FormulaAnalyzer");
            Object a1 = cell.getMethod("formula", String.class, String.class).invoke(null, "A1", "=A2*1.07");
            Object a2 = cell.getMethod("formula", String.class, String.class).invoke(null, "A2", "=A1");
            Object s = sheet.getMethod("of", String.class, List.class).invoke(null, "S", List.of(a1, a2));
            Object sheets = Array.newInstance(sheet, 1);
            Array.set(sheets, 0, s);
            Object snapshot =
                    book.getMethod("of", String.class, sheets.getClass()).invoke(null, "wb", sheets);

            Object report = analyzer.getMethod("analyze", book)
                    .invoke(analyzer.getField("DEFAULT").get(null), snapshot);

            assertThat(analyzer.getClassLoader()).isSameAs(loader);
            assertThat(report.toString()).contains("CIRCULAR_REFERENCE").contains("HARD_CODED_NUMBER");
        }
    }
}
