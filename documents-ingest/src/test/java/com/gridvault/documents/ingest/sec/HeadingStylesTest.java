package com.gridvault.documents.ingest.sec;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.documents.ingest.text.Section;
import org.junit.jupiter.api.Test;

/** Heading styles seen across filers, on small synthetic filings. */
class HeadingStylesTest {
    private static final String COVER = "<p>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</p>";

    @Test
    void eightKItemsWithDecimalNumbers() {
        String html = "<html><body>" + COVER + "<p>FORM 8-K</p><p>ACME CORP</p>"
                + "<p>(Exact name of registrant as specified in its charter)</p>"
                + "<p><b>Item 2.02 Results of Operations and Financial Condition.</b></p>"
                + "<p>On May 1 ACME announced its results for the quarter.</p>"
                + "<p><b>Item 9.01 Financial Statements and Exhibits.</b></p>"
                + "<p>(d) Exhibits. 99.1 Press release.</p></body></html>";
        Filing f = EdgarFilingParser.DEFAULT.parse(html);

        assertThat(f.form()).isEqualTo(FormType.FORM_8K);
        assertThat(f.companyName()).isEqualTo("ACME CORP");
        assertThat(f.items()).extracting(Section::id).containsExactly("2.02", "9.01");
        assertThat(f.textOf("2.02")).contains("announced its results").doesNotContain("Press release");
        assertThat(f.item("9.01").orElseThrow().title()).isEqualTo("Financial Statements and Exhibits.");
    }

    @Test
    void headingVariantsListTableOfContentsAndCrossReferences() {
        StringBuilder toc = new StringBuilder();
        for (String item : new String[] {"1", "1A", "2", "7", "8"}) {
            toc.append("<div><a href='#x'>Item ")
                    .append(item)
                    .append(".</a></div><div>Title</div><div>")
                    .append(item.length() + 3)
                    .append("</div>");
        }
        String html = "<html><body>" + COVER + "<p>FORM 10-K</p>" + toc
                + "<div style='font-weight:bold'>ITEM 1. BUSINESS</div><p>We make widgets. " + "x ".repeat(200) + "</p>"
                + "<table><tr><td>Item&#160;1A</td><td>&#8212;</td><td>Risk Factors</td></tr></table>"
                + "<p>Our supply chain is concentrated. " + "y ".repeat(200) + "</p>"
                + "<p>Item 7 of this report discusses results, as a cross-reference.</p>"
                + "<div><span>Item</span> <span>2:</span> <span>Properties</span></div><p>Cupertino.</p>"
                + "<hr style='page-break-after:always'/>"
                + "<p>ITEM 7 &#8212; MANAGEMENT&#8217;S DISCUSSION</p><p>Revenue grew.</p>"
                + "<p>Item 8.</p><p>Financial Statements</p><p>Balance sheet follows.</p></body></html>";
        Filing f = EdgarFilingParser.DEFAULT.parse(html);

        assertThat(f.items()).extracting(Section::id).containsExactly("1", "1A", "2", "7", "8");
        assertThat(f.textOf("1")).startsWith("ITEM 1. BUSINESS").contains("widgets");
        assertThat(f.textOf("1A")).contains("supply chain", "cross-reference");
        assertThat(f.item("1A").orElseThrow().title()).isEqualTo("Risk Factors");
        assertThat(f.item("8").orElseThrow().title()).isEqualTo("Financial Statements");
        assertThat(f.content().pages()).hasSize(2);
    }

    @Test
    void inlineXbrlTagsDoNotBreakText() {
        String html = "<html><body>" + COVER + "<p>FORM 10-Q</p>"
                + "<div style='display:none'><ix:header><ix:hidden>hidden facts</ix:hidden></ix:header></div>"
                + "<p>PART I &#8212; FINANCIAL INFORMATION</p><p>Item 1. Financial Statements</p>"
                + "<p>Net sales were $<ix:nonFraction name='us-gaap:Revenues' scale='6'>81,797</ix:nonFraction>"
                + " million.</p><p>PART II &#8212; OTHER INFORMATION</p><p>Item 1. Legal Proceedings</p><p>None.</p>"
                + "</body></html>";
        Filing f = EdgarFilingParser.DEFAULT.parse(html);

        assertThat(f.items()).extracting(Section::id).containsExactly("part1item1", "part2item1");
        assertThat(f.textOf("part1item1")).contains("Net sales were $81,797 million.");
        assertThat(f.content().text()).doesNotContain("hidden facts");
    }
}
