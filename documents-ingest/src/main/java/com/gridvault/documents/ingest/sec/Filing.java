package com.gridvault.documents.ingest.sec;

import com.gridvault.documents.ingest.text.Checks;
import com.gridvault.documents.ingest.text.Section;
import com.gridvault.documents.ingest.text.StructuredText;
import java.util.List;
import java.util.Optional;

/**
 * A parsed EDGAR filing.
 *
 * @param form the detected form
 * @param companyName registrant name, empty when not found
 * @param cik central index key (10 digits) when present in the filing, else empty
 * @param content the filing's text with pages, item sections and tables
 */
public record Filing(FormType form, String companyName, String cik, StructuredText content) {
    public Filing {
        Checks.notNull(form, "form");
        Checks.notNull(content, "content");
        companyName = companyName == null ? "" : companyName;
        cik = cik == null ? "" : cik;
    }

    public List<Section> items() {
        return content.sections();
    }

    public Optional<Section> item(String id) {
        return content.section(id);
    }

    public String textOf(String itemId) {
        return item(itemId).map(content::textOf).orElse("");
    }
}
