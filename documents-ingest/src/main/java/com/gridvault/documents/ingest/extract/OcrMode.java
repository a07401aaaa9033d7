package com.gridvault.documents.ingest.extract;

/** Whether images and scanned pages are run through Tesseract OCR. */
public enum OcrMode {
    /** OCR when the {@code tesseract} executable is on the host's PATH, skip it cleanly otherwise. */
    AUTO,
    /** Never OCR. */
    OFF
}
