package com.gridvault.server.documents;

/**
 * What the extraction stage learned about a document.
 *
 * @param mediaType the detected type
 * @param title the title, or null
 * @param formType the SEC form, or null
 * @param company the filer, or null
 * @param pageCount pages
 * @param sectionCount sections
 * @param chunkCount chunks
 * @param textSha256 the stored text's digest
 * @param textChars the text's length in characters
 */
record Extracted(
        String mediaType,
        String title,
        String formType,
        String company,
        int pageCount,
        int sectionCount,
        int chunkCount,
        String textSha256,
        int textChars) {}
