package com.gridvault.excel.session;

import com.gridvault.plugin.api.config.WorkspaceSettingsSpec;
import org.pf4j.Extension;

/** The bridge's settings per workspace: the autonomy level, per-kind overrides and the cell limit. */
@Extension
public final class ExcelSettingsSpec implements WorkspaceSettingsSpec {

    /** Creates the extension; PF4J calls this. */
    public ExcelSettingsSpec() {
        super();
    }

    @Override
    public String defaultsJson() {
        return ExcelJson.write(ExcelSettings.DEFAULT);
    }

    @Override
    public String normalize(String json) {
        return ExcelJson.write(ExcelJson.read(json, ExcelSettings.class).normalized());
    }

    /** Reads stored settings; settings that no longer validate fall back to the defaults' strictness. */
    static ExcelSettings read(String json) {
        return ExcelJson.read(json, ExcelSettings.class).normalized();
    }
}
