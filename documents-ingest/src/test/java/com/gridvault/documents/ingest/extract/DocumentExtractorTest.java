package com.gridvault.documents.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.documents.ingest.tables.Table;
import com.gridvault.documents.ingest.text.PageSpan;
import com.gridvault.documents.ingest.text.StructuredText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentExtractorTest {
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(ExtractionSettings.DEFAULTS);

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    @Test
    void pdfKeepsPageNumbers() {
        ExtractionResult r = EXTRACTOR.extract(
                TestDocuments.pdf("Alpha page text", "Beta page text", "Gamma page text"), "report.pdf");

        assertThat(r.isOk()).as(r.reason()).isTrue();
        assertThat(r.mediaType()).isEqualTo("application/pdf");
        StructuredText c = r.content();
        assertThat(c.pages()).extracting(PageSpan::number).containsExactly(1, 2, 3);
        assertThat(pageText(c, 2)).contains("Beta page text").doesNotContain("Alpha", "Gamma");
        assertThat(c.pageAt(c.text().indexOf("Gamma")).orElseThrow().number()).isEqualTo(3);
    }

    @Test
    void typeComesFromContentNotFromTheFileName() {
        ExtractionResult r = EXTRACTOR.extract(TestDocuments.pdf("Disguised"), "spreadsheet.xlsx");

        assertThat(r.mediaType()).isEqualTo("application/pdf");
        assertThat(r.text()).contains("Disguised");
    }

    @Test
    void docxParagraphsAndTable() {
        ExtractionResult r = EXTRACTOR.extract(TestDocuments.docx(), null);

        assertThat(r.mediaType()).contains("wordprocessingml");
        assertThat(r.text()).contains("Quarterly credit review", "Closing remarks");
        Table table = r.content().tables().get(0);
        assertThat(table.rows().get(0).cells()).containsExactly("Counterparty", "Exposure");
        assertThat(table.rows().get(0).header()).isTrue();
        assertThat(table.rows().get(1).cells()).containsExactly("Alpha Bank", "1,200");
    }

    @Test
    void xlsxSheetsArePages() {
        ExtractionResult r = EXTRACTOR.extract(TestDocuments.xlsx(), "rates.xlsx");

        assertThat(r.isOk()).as(r.reason()).isTrue();
        assertThat(r.content().pages()).extracting(PageSpan::label).containsExactly("Rates", "Limits");
        assertThat(pageText(r.content(), 1)).contains("Tenor", "4.25");
        assertThat(pageText(r.content(), 2)).contains("Desk limit EUR");
    }

    @Test
    void pptxSlidesArePages() {
        ExtractionResult r = EXTRACTOR.extract(TestDocuments.pptx("Strategy 2027", "Capital plan"), null);

        assertThat(r.isOk()).as(r.reason()).isTrue();
        assertThat(r.content().pages()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(pageText(r.content(), 2)).contains("Capital plan");
    }

    @Test
    void htmlTextAndCsvAndEmail() {
        ExtractionResult html = EXTRACTOR.extract(
                "<html><body><h1>Credit policy</h1><p>Limits apply.</p><script>evil()</script></body></html>"
                        .getBytes(StandardCharsets.UTF_8),
                "policy.html");
        assertThat(html.text()).contains("Credit policy", "Limits apply.").doesNotContain("evil");
        assertThat(html.content().sections()).extracting(s -> s.title()).containsExactly("Credit policy");

        ExtractionResult txt = EXTRACTOR.extract("Plain memo.\nSecond line.".getBytes(StandardCharsets.UTF_8), "memo");
        assertThat(txt.mediaType()).startsWith("text/plain");
        assertThat(txt.text()).contains("Plain memo.");

        ExtractionResult csv =
                EXTRACTOR.extract("isin,price\nUS0378331005,227.5\n".getBytes(StandardCharsets.UTF_8), "prices.csv");
        assertThat(csv.mediaType()).startsWith("text/csv");
        assertThat(csv.text()).contains("US0378331005");

        String eml = "From: analyst@bank.example\r\nTo: desk@bank.example\r\nSubject: Margin call\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nPlease post collateral today.\r\n";
        ExtractionResult mail = EXTRACTOR.extract(eml.getBytes(StandardCharsets.UTF_8), null);
        assertThat(mail.mediaType()).isEqualTo("message/rfc822");
        assertThat(mail.text()).contains("Please post collateral today.");
        assertThat(mail.metadata()).containsEntry("dc:subject", "Margin call");
    }

    @Test
    void edgarFilingsAreSplitIntoItems() throws Exception {
        byte[] html = com.gridvault.documents.ingest.sec.SecTestData.html(
                        com.gridvault.documents.ingest.sec.SecTestData.AAPL_10Q)
                .getBytes(StandardCharsets.UTF_8);

        ExtractionResult r = EXTRACTOR.extract(html, "aapl-20230701.htm");

        assertThat(r.isOk()).as(r.reason()).isTrue();
        assertThat(r.metadata()).containsEntry("sec:form", "10-Q").containsEntry("sec:cik", "0000320193");
        assertThat(r.content().sections()).extracting(s -> s.id()).contains("part1item2", "part2item6");
    }

    @Test
    void encryptedPdfFailsWithAHumanReason() {
        ExtractionResult r = EXTRACTOR.extract(TestDocuments.encryptedPdf("secret", "Confidential"), "locked.pdf");

        assertThat(r.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(r.failure()).contains(FailureKind.ENCRYPTED);
        assertThat(r.reason()).isEqualTo("The PDF is password-protected");
    }

    @Test
    void corruptPdfFails() {
        byte[] pdf = TestDocuments.pdf("Whole");
        byte[] truncated = Arrays.copyOf(pdf, 40);
        truncated[30] = 0;
        ExtractionResult r = EXTRACTOR.extract(truncated, "broken.pdf");

        assertThat(r.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(r.failure()).contains(FailureKind.CORRUPT);
        assertThat(r.reason()).startsWith("The PDF could not be read");
    }

    @Test
    void emptyAndUnknownFilesFail() {
        assertThat(EXTRACTOR.extract(new byte[0], "empty.pdf").failure()).isPresent();
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        ExtractionResult r = EXTRACTOR.extract(noise, null);
        assertThat(r.failure()).contains(FailureKind.UNSUPPORTED);
    }

    @Test
    void zipBombFailsWithinLimits() {
        byte[] bomb = TestDocuments.zipBomb(64 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(200_000);
        long started = System.nanoTime();

        ExtractionResult r = EXTRACTOR.extract(bomb, "archive.zip");

        assertThat(r.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(r.failure()).contains(FailureKind.LIMIT_EXCEEDED);
        assertThat(r.reason()).contains("zip bomb");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000);
    }

    @Test
    void deeplyNestedArchivesFail() {
        ExtractionResult r = EXTRACTOR.extract(TestDocuments.nestedZip(30), "nested.zip");

        assertThat(r.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(r.failure()).contains(FailureKind.LIMIT_EXCEEDED);
        assertThat(r.reason()).contains("nests more than 8 levels");
    }

    @Test
    void xmlExternalEntitiesAreNotResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<r><p>visible</p><p>&x;</p></r>";

        ExtractionResult r = EXTRACTOR.extract(xml.getBytes(StandardCharsets.UTF_8), "entity.xml");

        assertThat(r.text()).doesNotContain("TOP-SECRET-VALUE");
    }

    @Test
    void tooManyPagesAndTooManyBytesFail() {
        try (DocumentExtractor strict = new DocumentExtractor(
                ExtractionSettings.DEFAULTS.withMaxPages(2).withMaxBytes(200_000))) {
            ExtractionResult pages = strict.extract(TestDocuments.pdf("1", "2", "3"), null);
            assertThat(pages.failure()).contains(FailureKind.LIMIT_EXCEEDED);
            assertThat(pages.reason()).contains("more than 2 pages");

            ExtractionResult bytes = strict.extract(new byte[300_000], null);
            assertThat(bytes.failure()).contains(FailureKind.LIMIT_EXCEEDED);
            assertThat(bytes.reason()).contains("larger than");
        }
    }

    @Test
    void slowParseTimesOutAndOthersAreUnaffected() {
        ExtractionSettings settings = ExtractionSettings.DEFAULTS
                .withParseTimeout(java.time.Duration.ofMillis(300))
                .withParallelism(2);
        try (DocumentExtractor slow = new DocumentExtractor(settings, new SlowParser())) {
            long started = System.nanoTime();
            ExtractionResult r = slow.extract("anything".getBytes(StandardCharsets.UTF_8), null);

            assertThat(r.failure()).contains(FailureKind.TIMEOUT);
            assertThat(r.reason()).contains("took longer than");
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3_000);
        }
    }

    @Test
    void oneBadDocumentDoesNotAffectTheOthers() {
        List<byte[]> docs = List.of(
                TestDocuments.pdf("First good"),
                TestDocuments.encryptedPdf("pw", "Locked"),
                Arrays.copyOf(TestDocuments.pdf("x"), 50),
                TestDocuments.pdf("Second good"));
        List<ExtractionResult> results =
                docs.stream()
                        .map(d -> CompletableFuture.supplyAsync(() -> EXTRACTOR.extract(d, null)))
                        .toList()
                        .stream()
                        .map(CompletableFuture::join)
                        .toList();

        assertThat(results)
                .extracting(ExtractionResult::status)
                .containsExactly(
                        ExtractionStatus.OK, ExtractionStatus.FAILED, ExtractionStatus.FAILED, ExtractionStatus.OK);
        assertThat(results.get(3).text()).contains("Second good");
    }

    @Test
    void ocrIsOnlyUsedWhenTesseractIsInstalled() {
        // AUTO enables OCR only when the tesseract executable is on the PATH; OFF never does.
        assertThat(OcrSupport.active(OcrMode.OFF)).isFalse();
        assertThat(OcrSupport.active(OcrMode.AUTO)).isEqualTo(OcrSupport.tesseractAvailable());
    }

    private static String pageText(StructuredText c, int number) {
        PageSpan p = c.pages().get(number - 1);
        return c.text().substring(p.start(), p.end());
    }
}
