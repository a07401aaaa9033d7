package com.gridvault.documents.ingest.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Scans made in memory: known lines of text are typeset in a large font, rendered to pixels by
 * PDFBox (its bundled fonts, so no system fonts are needed) and put back as a picture only, like a
 * scanner would. The resulting PDFs have no text layer; only OCR can read them.
 */
final class ScannedDocuments {
    /** Resolution of the "scan": enough for Tesseract, small enough to keep the tests quick. */
    private static final float DPI = 150;

    private ScannedDocuments() {}

    /** A PDF with one scanned page per entry; each entry's lines are typeset on that page. */
    static byte[] pdf(List<List<String>> pages) {
        List<BufferedImage> images = new ArrayList<>();
        for (List<String> lines : pages) {
            images.add(render(lines));
        }
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : images) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                PDImageXObject picture = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    PDRectangle box = page.getMediaBox();
                    cs.drawImage(picture, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF page with a real text layer ({@code line}) and, below it, a scanned picture of
     * {@code pictureLines}: what a report with an embedded figure looks like.
     */
    static byte[] textPdfWithPicture(String line, List<String> pictureLines) {
        BufferedImage image = render(pictureLines);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDImageXObject picture = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(60, 740);
                cs.showText(line);
                cs.endText();
                cs.drawImage(picture, 60, 60, 480, 620);
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG "photo" of a page holding {@code lines}. */
    static byte[] png(List<String> lines) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(render(lines), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage render(List<String> lines) {
        try (PDDocument typeset = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            typeset.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(typeset, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 28);
                cs.setLeading(40);
                cs.newLineAtOffset(60, 700);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            return new PDFRenderer(typeset).renderImageWithDPI(0, DPI, ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
