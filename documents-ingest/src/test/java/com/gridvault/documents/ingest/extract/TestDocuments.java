package com.gridvault.documents.ingest.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Documents made in memory with PDFBox and POI, so tests know exactly what they contain. */
final class TestDocuments {
    private TestDocuments() {}

    static byte[] pdf(String... pageTexts) {
        return encryptedPdf(null, pageTexts);
    }

    /** A PDF with one line of text per page; encrypted with {@code password} when not null. */
    static byte[] encryptedPdf(String password, String... pageTexts) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pageTexts) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText(text);
                    cs.endText();
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Quarterly credit review for the treasury desk.");
            XWPFTable table = doc.createTable(3, 2);
            String[][] cells = {{"Counterparty", "Exposure"}, {"Alpha Bank", "1,200"}, {"Beta Fund", "850"}};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 2; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            doc.createParagraph().createRun().setText("Closing remarks after the table.");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xlsx() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet rates = wb.createSheet("Rates");
            rates.createRow(0).createCell(0).setCellValue("Tenor");
            rates.getRow(0).createCell(1).setCellValue("Rate");
            rates.createRow(1).createCell(0).setCellValue("1Y");
            rates.getRow(1).createCell(1).setCellValue(4.25);
            XSSFSheet limits = wb.createSheet("Limits");
            limits.createRow(0).createCell(0).setCellValue("Desk limit EUR");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pptx(String... slideTexts) {
        try (XMLSlideShow show = new XMLSlideShow()) {
            for (String text : slideTexts) {
                XSLFTextBox box = show.createSlide().createTextBox();
                box.setText(text);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            show.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip in a zip in a zip... {@code depth} levels deep around one text file. */
    static byte[] nestedZip(int depth) {
        byte[] content = "innermost".getBytes(StandardCharsets.US_ASCII);
        String name = "inner.txt";
        try {
            for (int level = 0; level < depth; level++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (ZipOutputStream zip = new ZipOutputStream(out)) {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(content);
                    zip.closeEntry();
                }
                content = out.toByteArray();
                name = "level" + level + ".zip";
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small zip whose single text entry inflates to {@code inflatedBytes} of the same letter. */
    static byte[] zipBomb(int inflatedBytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("notes.txt"));
                byte[] chunk = "a".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
                for (int written = 0; written < inflatedBytes; written += chunk.length) {
                    zip.write(chunk);
                }
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
