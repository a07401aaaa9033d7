package com.gridvault.documents.ingest.extract;

import java.io.InputStream;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** A stand-in for a parser stuck on pathological input: emits text forever. */
final class SlowParser implements Parser {
    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(MediaType.TEXT_PLAIN);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws SAXException {
        char[] word = "slow ".toCharArray();
        handler.startDocument();
        while (true) {
            handler.characters(word, 0, word.length);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // ignore it, like a parser stuck in a loop would
            }
        }
    }
}
