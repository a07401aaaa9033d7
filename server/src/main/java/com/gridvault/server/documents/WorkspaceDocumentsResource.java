package com.gridvault.server.documents;

import com.gridvault.server.auth.CurrentCaller;
import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import com.gridvault.server.errors.QueryParams;
import com.gridvault.server.tenancy.Page;
import com.gridvault.server.tenancy.TenantGuard;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Uploading and listing the documents of a workspace. */
@Path("workspaces/{workspaceId}/documents")
@Tag(name = "documents")
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceDocumentsResource {

    @Inject
    TenantGuard guard;

    @Inject
    DocumentService service;

    @Inject
    DocumentRepository documents;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Uploads a document (multipart part 'file'); answers 202 with the document and its ingestion job."
                    + " The same content uploaded twice to a workspace answers 409 naming the existing document")
    public Response uploadMultipart(
            @PathParam("workspaceId") String workspaceId, List<EntityPart> parts, @Context UriInfo uri)
            throws IOException {
        String orgId = guard.workspace(workspaceId, "document:write");
        EntityPart file = parts.stream()
                .filter(p -> p.getName().equals("file"))
                .findFirst()
                .orElseThrow(() -> new ApiException(
                        ProblemType.BAD_REQUEST, "The multipart request has no part named 'file' (the document)"));
        String declared =
                file.getMediaType() == null ? null : file.getMediaType().toString();
        try (InputStream content = file.getContent()) {
            return accepted(
                    service.upload(
                            orgId,
                            workspaceId,
                            file.getFileName().orElse(null),
                            declared,
                            content,
                            caller.principal().userId()),
                    uri);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Uploads a document as the raw request body; the file name comes from ?fileName=")
    public Response uploadRaw(
            @PathParam("workspaceId") String workspaceId,
            @QueryParam("fileName") @Size(max = 1000) String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream content,
            @Context UriInfo uri)
            throws IOException {
        String orgId = guard.workspace(workspaceId, "document:write");
        try (content) {
            return accepted(
                    service.upload(
                            orgId,
                            workspaceId,
                            fileName,
                            contentType,
                            content,
                            caller.principal().userId()),
                    uri);
        }
    }

    private static Response accepted(DocumentService.Upload upload, UriInfo uri) {
        Document d = upload.document();
        if (upload.duplicate()) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    "This file is already in the workspace as document " + d.id() + " ('" + d.fileName() + "')");
        }
        return Response.accepted(DocumentView.of(d))
                .location(uri.getBaseUriBuilder().path("documents").path(d.id()).build())
                .build();
    }

    @GET
    @Operation(summary = "Lists a workspace's documents; filters: status, mediaType, formType")
    public Page<DocumentView> list(
            @PathParam("workspaceId") String workspaceId,
            @QueryParam("status") String status,
            @QueryParam("mediaType") @Size(max = 200) String mediaType,
            @QueryParam("formType") @Size(max = 20) String formType,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 64) String cursor) {
        String orgId = guard.workspace(workspaceId, "workspace:read");
        List<Document> rows = documents.list(
                orgId,
                workspaceId,
                cursor,
                limit,
                QueryParams.enumValue("status", status, DocumentStatus.class),
                blankToNull(mediaType),
                blankToNull(formType));
        Page<Document> page = Page.of(rows, limit, Document::id);
        return new Page<>(page.items().stream().map(DocumentView::of).toList(), page.nextCursor());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
