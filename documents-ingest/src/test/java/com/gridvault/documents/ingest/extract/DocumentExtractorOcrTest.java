package com.gridvault.documents.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.documents.ingest.text.PageSpan;
import com.gridvault.documents.ingest.text.StructuredText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * OCR with the real Tesseract: the build installs it (src/test/scripts/ensure-tesseract.sh) or
 * stops; {@code -DskipOcrTests} leaves these tests out. Scans are made in memory by
 * {@link ScannedDocuments}, so only OCR can find their words. Assertions name a few distinctive
 * words, case-insensitively, so ordinary OCR noise does not matter.
 */
@Tag("ocr")
class DocumentExtractorOcrTest {
    private static final List<String> PAGE_ONE =
            List.of("Quarterly liquidity report", "Treasury desk in Frankfurt", "Prepared for the board");
    private static final List<String> PAGE_TWO =
            List.of("Collateral schedule", "Counterparty Meridian Holdings", "Settlement in December");
    private static final byte[] SCAN = ScannedDocuments.pdf(List.of(PAGE_ONE, PAGE_TWO));

    private static DocumentExtractor auto;
    private static DocumentExtractor off;

    @BeforeAll
    static void start() {
        assertThat(OcrSupport.tesseractAvailable())
                .as("tesseract must be on the PATH for these tests (the build installs it)")
                .isTrue();
        auto = new DocumentExtractor(ExtractionSettings.DEFAULTS.withOcr(OcrMode.AUTO));
        off = new DocumentExtractor(ExtractionSettings.DEFAULTS.withOcr(OcrMode.OFF));
    }

    @AfterAll
    static void stop() {
        auto.close();
        off.close();
    }

    @Test
    void scannedPdfPagesAreReadByOcrAndKeepTheirNumbers() {
        ExtractionResult r = auto.extract(SCAN, "scan.pdf");

        assertThat(r.isOk()).as(r.reason()).isTrue();
        assertThat(r.mediaType()).isEqualTo("application/pdf");
        StructuredText c = r.content();
        assertThat(c.pages()).extracting(PageSpan::number).containsExactly(1, 2);
        assertThat(lower(pageText(c, 1)))
                .contains("liquidity", "treasury", "frankfurt")
                .doesNotContain("meridian");
        assertThat(lower(pageText(c, 2)))
                .contains("collateral", "meridian", "december")
                .doesNotContain("liquidity");
        // Each page is read once: the page render, not also every picture on it.
        assertThat(occurrences(lower(c.text()), "frankfurt")).isEqualTo(1);
    }

    @Test
    void withOcrOffAScanYieldsNoTextAndStillSucceeds() {
        // The contract for a document without readable text: OK with empty text (the server then
        // stores it READY with no chunks), pages still counted.
        ExtractionResult r = off.extract(SCAN, "scan.pdf");

        assertThat(r.isOk()).as(r.reason()).isTrue();
        assertThat(r.text()).isBlank();
        assertThat(r.content().pages()).hasSize(2);
    }

    @Test
    void pngImageIsReadByOcr() {
        ExtractionResult r = auto.extract(ScannedDocuments.png(PAGE_TWO), "photo.png");

        assertThat(r.isOk()).as(r.reason()).isTrue();
        assertThat(r.mediaType()).isEqualTo("image/png");
        assertThat(lower(r.text())).contains("collateral", "meridian", "december");

        ExtractionResult without = off.extract(ScannedDocuments.png(PAGE_TWO), "photo.png");
        assertThat(without.isOk()).as(without.reason()).isTrue();
        assertThat(without.text()).isBlank();
    }

    @Test
    void pdfWithATextLayerIsNotOcred() {
        // A page with enough text is taken as it is: neither the page nor the picture on it is
        // OCR'd (Tika's AUTO strategy; pictures in PDFs are not extracted). Words that exist only
        // in the picture are therefore not found; that is the price of not OCRing every report.
        String line = "The text layer of this page is long enough to need no OCR at all.";
        ExtractionResult r = auto.extract(ScannedDocuments.textPdfWithPicture(line, PAGE_TWO), "report.pdf");

        assertThat(r.isOk()).as(r.reason()).isTrue();
        assertThat(occurrences(r.text(), "no OCR at all")).isEqualTo(1);
        assertThat(lower(r.text())).doesNotContain("meridian");
    }

    @Test
    void scanWithAShortTextLayerIsOcrdWithoutRepeatingThatText() {
        // Scanners often stamp a page number as text: too little text, so the page is OCR'd, but
        // only its pictures are, so the stamp is not read a second time.
        ExtractionResult r = auto.extract(ScannedDocuments.textPdfWithPicture("Page 7", PAGE_ONE), "stamped.pdf");

        assertThat(r.isOk()).as(r.reason()).isTrue();
        assertThat(occurrences(r.text(), "Page 7")).isEqualTo(1);
        assertThat(lower(r.text())).contains("liquidity", "frankfurt");
        assertThat(occurrences(lower(r.text()), "frankfurt")).isEqualTo(1);
    }

    @Test
    void ocrStopsAtTheParseTimeoutWithAHumanReason() {
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pages.add(PAGE_ONE);
        }
        byte[] longScan = ScannedDocuments.pdf(pages);
        try (DocumentExtractor hurried =
                new DocumentExtractor(ExtractionSettings.DEFAULTS.withParseTimeout(Duration.ofSeconds(1)))) {
            long started = System.nanoTime();
            ExtractionResult r = hurried.extract(longScan, "long-scan.pdf");

            assertThat(r.failure()).contains(FailureKind.TIMEOUT);
            assertThat(r.reason()).isEqualTo("Reading the PDF took longer than 1 s and was stopped");
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
        }
        // The Tesseract process of the stopped parse is killed, not left running.
        assertThat(tesseractChildren()).isZero();
    }

    private static long tesseractChildren() {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long count;
        do {
            count = ProcessHandle.current()
                    .descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("tesseract"))
                    .count();
        } while (count > 0 && System.nanoTime() < deadline && pause());
        return count;
    }

    private static boolean pause() {
        try {
            Thread.sleep(100);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            count++;
        }
        return count;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String pageText(StructuredText c, int number) {
        PageSpan p = c.pages().get(number - 1);
        return c.text().substring(p.start(), p.end());
    }
}
