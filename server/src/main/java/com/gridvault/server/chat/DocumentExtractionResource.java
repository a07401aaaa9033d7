package com.gridvault.server.chat;

import com.gridvault.ai.assistant.extract.ExtractionResult;
import com.gridvault.ai.assistant.extract.StructuredExtractor;
import com.gridvault.ai.router.CallContext;
import com.gridvault.blobstore.BlobStore;
import com.gridvault.server.auth.CurrentCaller;
import com.gridvault.server.documents.Document;
import com.gridvault.server.documents.DocumentRepository;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.tenancy.TenantGuard;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Structured extraction from a document's text with JSON-schema-constrained output, validated, with
 * one repair attempt: a strategy the quant pack's rule backtester runs, or entities with confidence
 * and sentiment.
 */
@Path("documents/{documentId}")
@Tag(name = "extraction")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentExtractionResource {

    /** Characters of extracted text read for extraction (the extractor cuts further to fit the window). */
    static final int MAX_TEXT_BYTES = 400_000;

    /**
     * What extraction produced.
     *
     * @param documentId the document
     * @param result the extracted JSON (valid against the schema)
     * @param attempts model calls made (2 after a repair)
     * @param documentTruncated whether the text was cut to fit the model's window
     */
    public record Extraction(String documentId, JsonValue result, int attempts, boolean documentTruncated) {}

    @Inject
    TenantGuard guard;

    @Inject
    DocumentRepository documents;

    @Inject
    BlobStore blobs;

    @Inject
    StructuredExtractor extractor;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("extract-strategy")
    @Operation(
            summary = "Extracts a trading strategy the quant pack's custom-rule backtester runs directly"
                    + " (quant.backtest's strategy input); 422 when the model's output stays invalid after one repair")
    public Extraction strategy(@PathParam("documentId") String documentId) {
        return run(documentId, extractor::extractStrategy);
    }

    @POST
    @Path("extract-entities")
    @Operation(summary = "Extracts companies, tickers, people and metrics with confidence and sentiment")
    public Extraction entities(@PathParam("documentId") String documentId) {
        return run(documentId, extractor::extractEntities);
    }

    private Extraction run(String documentId, BiFunction<CallContext, String, ExtractionResult> task) {
        String orgId = guard.owned("document", documentId, documents.orgOfDocument(documentId), "ai:use");
        Document d = documents.find(orgId, documentId).orElseThrow();
        if (d.textSha256() == null || d.textChars() == 0) {
            throw new ApiException(
                    ProblemType.CONFLICT, "The document has no extracted text yet (status " + d.status() + ")");
        }
        String text;
        try (InputStream in = blobs.openRange(orgId, d.textSha256(), 0, MAX_TEXT_BYTES)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ApiException(ProblemType.UNAVAILABLE, "The document text could not be read from storage");
        }
        ExtractionResult result =
                task.apply(CallContext.of(orgId, caller.principal().userId()), text);
        if (!result.valid()) {
            throw new ApiException(
                    ProblemType.UNPROCESSABLE,
                    "The model's output did not match the schema after " + result.attempts() + " attempt(s)",
                    result.errors().stream()
                            .limit(20)
                            .map(e -> new com.gridvault.server.errors.Problem.FieldProblem("result", e))
                            .toList());
        }
        try (var reader = Json.createReader(new StringReader(result.json()))) {
            return new Extraction(documentId, reader.readValue(), result.attempts(), result.documentTruncated());
        }
    }
}
