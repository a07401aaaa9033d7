package com.gridvault.documents.ingest.extract;

import java.io.IOException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Detects the media type from the content (magic bytes, container structure). The file name may
 * only refine that answer to a subtype ({@code text/plain} to {@code text/csv}), never contradict
 * it: a PDF renamed {@code .docx} is still a PDF.
 */
final class TypeDetector {
    private final Detector detector;
    private final MediaTypeRegistry registry;

    TypeDetector(TikaConfig config) {
        this.detector = config.getDetector();
        this.registry = config.getMediaTypeRegistry();
    }

    MediaType detect(TikaInputStream stream, String fileName) throws IOException {
        MediaType byContent = detector.detect(stream, new Metadata());
        if (fileName == null || fileName.isBlank()) {
            return byContent;
        }
        Metadata named = new Metadata();
        named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType byName = detector.detect(null, named);
        return registry.isSpecializationOf(byName, byContent) ? byName : byContent;
    }
}
