package com.gridvault.server.documents;

import com.gridvault.blobstore.BlobStore;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.errors.Problems;
import com.gridvault.server.tenancy.TenantGuard;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One document: metadata, download, text by page or section, sections, delete. */
@Path("documents/{documentId}")
@Tag(name = "documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private static final String TEXT_UTF8 = "text/plain; charset=utf-8";

    @Inject
    TenantGuard guard;

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentService service;

    @Inject
    BlobStore blobs;

    @GET
    @Operation(summary = "Returns a document's metadata, status and ingestion job")
    public DocumentView get(@PathParam("documentId") String documentId) {
        return DocumentView.of(document(documentId, "workspace:read"));
    }

    @DELETE
    @Operation(summary = "Deletes a document with its text, chunks and search index entries")
    public Response delete(@PathParam("documentId") String documentId) {
        String orgId = guard.owned("document", documentId, documents.orgOfDocument(documentId), "document:delete");
        service.delete(orgId, documentId);
        return Response.noContent().build();
    }

    @GET
    @Path("download")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Downloads the original file; a single 'Range: bytes=' range answers 206")
    public Response download(@PathParam("documentId") String documentId, @HeaderParam("Range") String range) {
        Document d = document(documentId, "workspace:read");
        String type = d.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM : d.mediaType();
        ByteRange.Request request = ByteRange.parse(range, d.sizeBytes());
        Response.ResponseBuilder response;
        if (request instanceof ByteRange.Unsatisfiable) {
            return Response.status(416)
                    .header("Content-Range", "bytes */" + d.sizeBytes())
                    .header("Accept-Ranges", "bytes")
                    .build();
        } else if (request instanceof ByteRange.Partial partial) {
            ByteRange r = partial.range();
            response = Response.status(206)
                    .entity(stream(d, r.start(), r.length()))
                    .header("Content-Range", r.contentRange(d.sizeBytes()))
                    .header(HttpHeaders.CONTENT_LENGTH, r.length());
        } else {
            response = Response.ok(stream(d, 0, d.sizeBytes())).header(HttpHeaders.CONTENT_LENGTH, d.sizeBytes());
        }
        return response.type(type)
                .header("Accept-Ranges", "bytes")
                .header(HttpHeaders.ETAG, "\"" + d.sha256() + "\"")
                .header("Content-Disposition", ContentDisposition.attachment(d.fileName()))
                .build();
    }

    @GET
    @Path("content")
    @Produces(TEXT_UTF8)
    @Operation(summary = "Returns the extracted text: all of it, one page (?page=N) or one section (?section=ID)")
    public Response content(
            @PathParam("documentId") String documentId,
            @QueryParam("page") @Min(1) Integer page,
            @QueryParam("section") @Size(max = 100) String section) {
        Document d = document(documentId, "workspace:read");
        if (d.textSha256() == null) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    "The document has no extracted text (status " + d.status() + ")"
                            + (d.failureReason() == null ? "" : ": " + d.failureReason()));
        }
        if (page != null && section != null) {
            throw new ApiException(ProblemType.BAD_REQUEST, "Ask for a page or a section, not both");
        }
        if (page == null && section == null) {
            return Response.ok(text(d, 0, Long.MAX_VALUE), TEXT_UTF8).build();
        }
        TextSpan.Kind kind = page != null ? TextSpan.Kind.PAGE : TextSpan.Kind.SECTION;
        String wanted = page != null ? page.toString() : section.strip();
        TextSpan span = documents.spans(d.orgId(), d.id(), kind).stream()
                .filter(s -> s.id().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new ApiException(
                        ProblemType.NOT_FOUND,
                        "The document has no " + kind.name().toLowerCase(java.util.Locale.ROOT) + " '"
                                + Problems.clip(wanted) + "'"
                                + (kind == TextSpan.Kind.PAGE
                                        ? " (it has " + d.pageCount() + " pages)"
                                        : "; GET /api/v1/documents/" + d.id() + "/sections lists them")));
        return Response.ok(text(d, span.byteStart(), span.byteEnd() - span.byteStart()), TEXT_UTF8)
                .header("X-Gridvault-Section-Title", asciiHeader(span.title()))
                .build();
    }

    @GET
    @Path("sections")
    @Operation(summary = "Lists the document's sections (filing items, headings) with their first page")
    public List<SectionView> sections(@PathParam("documentId") String documentId) {
        Document d = document(documentId, "workspace:read");
        return documents.spans(d.orgId(), d.id(), TextSpan.Kind.SECTION).stream()
                .map(SectionView::of)
                .toList();
    }

    /** A section as the API shows it. */
    public record SectionView(String id, String title, int page, int startOffset, int endOffset) {
        static SectionView of(TextSpan s) {
            return new SectionView(s.id(), s.title(), s.firstPage(), s.charStart(), s.charEnd());
        }
    }

    private Document document(String documentId, String action) {
        String orgId = guard.owned("document", documentId, documents.orgOfDocument(documentId), action);
        return documents
                .find(orgId, documentId)
                .orElseThrow(() -> new ApiException(
                        ProblemType.NOT_FOUND, "No document with id '" + Problems.clip(documentId) + "'"));
    }

    private StreamingOutput stream(Document d, long offset, long length) {
        return out -> {
            try (InputStream in = length == d.sizeBytes() && offset == 0
                    ? blobs.open(d.orgId(), d.sha256())
                    : blobs.openRange(d.orgId(), d.sha256(), offset, length)) {
                in.transferTo(out);
            }
        };
    }

    private StreamingOutput text(Document d, long offset, long length) {
        return out -> {
            if (length == 0) {
                return;
            }
            try (InputStream in = offset == 0 && length == Long.MAX_VALUE
                    ? blobs.open(d.orgId(), d.textSha256())
                    : blobs.openRange(d.orgId(), d.textSha256(), offset, length)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw e;
            }
        };
    }

    private static String asciiHeader(String value) {
        return value.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
