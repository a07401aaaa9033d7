package com.gridvault.server.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Documents end to end on the real server with the bundled Lucene and ONNX plugins: upload,
 * ingestion job with progress, sections and text, search with citations, download with ranges,
 * duplicates, hostile files, deletion, re-indexing, and tenant isolation on every endpoint.
 */
class DocumentsIT {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

    private static String workspaceA;
    private static String workspaceB;

    @BeforeAll
    static void twoTenants() {
        for (String name : List.of("dora", "vic", "eve")) {
            Api.admin()
                    .contentType("application/json")
                    .body(Map.of("username", name + "-" + SUFFIX, "displayName", name, "password", PASSWORD))
                    .post("/api/v1/admin/users")
                    .then()
                    .statusCode(201);
        }
        String orgA = createOrg("dora");
        as("dora")
                .body(Map.of("username", "vic-" + SUFFIX, "role", "VIEWER"))
                .post("/api/v1/orgs/" + orgA + "/members")
                .then()
                .statusCode(201);
        workspaceA = createWorkspace("dora", orgA);
        workspaceB = createWorkspace("eve", createOrg("eve"));
    }

    @Test
    void aFilingIsIngestedIntoItsItemsAndSearchCitesTheRiskFactors() {
        byte[] filing = read(secFilings().resolve("10-K/AAPL/0000320193-24-000123/primary-document.html"));
        JsonPath uploaded = upload("dora", workspaceA, "aapl-10k-2024.htm", filing)
                .then()
                .statusCode(202)
                .body("status", equalTo("QUEUED"))
                .extract()
                .jsonPath();
        String documentId = uploaded.getString("id");
        JsonPath job = awaitJob("dora", uploaded.getString("jobId"));
        assertThat(job.getString("status")).as(job.prettify()).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("progress")).isEqualTo(100);

        JsonPath document = as("dora")
                .get("/api/v1/documents/" + documentId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(document.getString("status")).isEqualTo("READY");
        assertThat(document.getString("mediaType")).isIn("text/html", "application/xhtml+xml"); // inline XBRL
        assertThat(document.getString("formType")).isEqualTo("10-K");
        assertThat(document.getString("company")).containsIgnoringCase("Apple");
        assertThat(document.getInt("chunkCount")).isGreaterThan(50);

        List<String> sections = as("dora")
                .get("/api/v1/documents/" + documentId + "/sections")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        assertThat(sections).contains("1", "1A", "7", "7A", "8", "9A");
        as("dora")
                .get("/api/v1/documents/" + documentId + "/content?section=1A")
                .then()
                .statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("Risk Factors"));

        JsonPath result = as("dora")
                .body(Map.of("query", "What are the main supply chain risks?", "k", 5))
                .post("/api/v1/workspaces/" + workspaceA + "/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(result.getString("mode")).isEqualTo("hybrid");
        assertThat(result.getList("hits.documentId")).contains(documentId);
        assertThat(result.getList("hits.sectionId")).as(result.prettify()).contains("1A");
        // Measured on Lucene with section titles searched (ADR 0021): all five top hits are Item 1A.
        assertThat(result.getString("hits[0].sectionId")).as(result.prettify()).isEqualTo("1A");
        assertThat(result.getList("hits.startOffset")).doesNotContainNull();

        JsonPath filtered = as("dora")
                .body(Map.of("query", "net sales", "mode", "text", "filters", Map.of("sectionIds", List.of("7"))))
                .post("/api/v1/workspaces/" + workspaceA + "/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(filtered.getList("hits.sectionId")).isNotEmpty().containsOnly("7");
    }

    @Test
    void aSmallDocumentCanBeSearchedDownloadedInRangesDeduplicatedAndDeleted() {
        String marker = "zebracorn" + SUFFIX.replaceAll("[^a-z]", "");
        byte[] content = ("Quarterly memo.\n\nThe " + marker + " initiative raised gross margin by 120 basis points.\n")
                .getBytes(StandardCharsets.UTF_8);
        JsonPath uploaded = upload("dora", workspaceA, "../../etc/memo\u0000.txt", content)
                .then()
                .statusCode(202)
                .extract()
                .jsonPath();
        String id = uploaded.getString("id");
        assertThat(uploaded.getString("fileName")).isEqualTo("memo_.txt");
        assertThat(awaitJob("dora", uploaded.getString("jobId")).getString("status"))
                .isEqualTo("SUCCEEDED");

        JsonPath hits = search("dora", workspaceA, marker, "text");
        assertThat(hits.getList("hits.documentId")).containsExactly(id);
        assertThat(hits.getString("hits[0].snippet")).contains(marker);
        assertThat(hits.getList("hits[0].highlights")).isNotEmpty();

        byte[] whole = as("dora")
                .get("/api/v1/documents/" + id + "/download")
                .then()
                .statusCode(200)
                .header("Accept-Ranges", "bytes")
                .header("Content-Disposition", containsString("memo_.txt"))
                .extract()
                .asByteArray();
        assertThat(whole).isEqualTo(content);
        Response part = as("dora").header("Range", "bytes=4-10").get("/api/v1/documents/" + id + "/download");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.header("Content-Range")).isEqualTo("bytes 4-10/" + content.length);
        assertThat(part.asByteArray()).isEqualTo(java.util.Arrays.copyOfRange(content, 4, 11));
        Response suffix = as("dora").header("Range", "bytes=-5").get("/api/v1/documents/" + id + "/download");
        assertThat(suffix.asByteArray())
                .isEqualTo(java.util.Arrays.copyOfRange(content, content.length - 5, content.length));
        as("dora")
                .header("Range", "bytes=999999-")
                .get("/api/v1/documents/" + id + "/download")
                .then()
                .statusCode(416)
                .header("Content-Range", "bytes */" + content.length);
        as("dora")
                .get("/api/v1/documents/" + id + "/content")
                .then()
                .statusCode(200)
                .body(containsString(marker));

        upload("dora", workspaceA, "copy.txt", content)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(id));

        as("dora").delete("/api/v1/documents/" + id).then().statusCode(204);
        as("dora").get("/api/v1/documents/" + id).then().statusCode(404);
        as("dora").get("/api/v1/documents/" + id + "/download").then().statusCode(404);
        assertThat(search("dora", workspaceA, marker, "text").getList("hits")).isEmpty();
        // the content may come back as a new document
        upload("dora", workspaceA, "again.txt", content).then().statusCode(202);
    }

    @Test
    void corruptEmptyAndOversizedFilesAreRefusedOrFailedWithAReason() {
        byte[] corrupt =
                "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref".getBytes(StandardCharsets.US_ASCII);
        JsonPath uploaded = upload("dora", workspaceA, "broken.pdf", corrupt)
                .then()
                .statusCode(202)
                .extract()
                .jsonPath();
        JsonPath job = awaitJob("dora", uploaded.getString("jobId"));
        assertThat(job.getString("status")).isEqualTo("FAILED");
        assertThat(job.getInt("attempts")).as("a corrupt file is not retried").isEqualTo(1);
        JsonPath document = as("dora")
                .get("/api/v1/documents/" + uploaded.getString("id"))
                .then()
                .extract()
                .jsonPath();
        assertThat(document.getString("status")).isEqualTo("FAILED");
        assertThat(document.getString("failureReason"))
                .isNotBlank()
                .doesNotContain("Exception")
                .doesNotContain("at ");
        as("dora")
                .get("/api/v1/documents/" + uploaded.getString("id") + "/content")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        upload("dora", workspaceA, "empty.txt", new byte[0])
                .then()
                .statusCode(400)
                .body("detail", containsString("empty"));

        int before = as("dora")
                .get("/api/v1/workspaces/" + workspaceA + "/documents?limit=200")
                .then()
                .extract()
                .path("items.size()");
        upload("dora", workspaceA, "huge.bin", new byte[9 * 1024 * 1024])
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("gridvault.documents.max-upload-bytes"));
        int after = as("dora")
                .get("/api/v1/workspaces/" + workspaceA + "/documents?limit=200")
                .then()
                .extract()
                .path("items.size()");
        assertThat(after).isEqualTo(before);

        as("dora")
                .get("/api/v1/workspaces/" + workspaceA + "/documents?status=NOPE")
                .then()
                .statusCode(400)
                .body("detail", containsString("status"));
        as("dora")
                .body(Map.of("query", " "))
                .post("/api/v1/workspaces/" + workspaceA + "/search")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as("dora")
                .body(Map.of("query", "x", "mode", "fuzzy", "k", 5000))
                .post("/api/v1/workspaces/" + workspaceA + "/search")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems(containsString("mode"), containsString("k")));
    }

    @Test
    void progressIsStreamedAsServerSentEventsUntilTheJobEnds() {
        byte[] content = ("Stream test " + SUFFIX + " " + "lorem ipsum ".repeat(2000)).getBytes(StandardCharsets.UTF_8);
        JsonPath uploaded = upload("dora", workspaceA, "stream.txt", content)
                .then()
                .statusCode(202)
                .extract()
                .jsonPath();
        String events = as("dora")
                .accept("text/event-stream")
                .get("/api/v1/jobs/" + uploaded.getString("jobId") + "/events")
                .then()
                .statusCode(200)
                .contentType(containsString("text/event-stream"))
                .extract()
                .asString();
        assertThat(events).contains("event: done").contains("\"status\":\"SUCCEEDED\"");
        assertThat(events.indexOf("event: done")).isEqualTo(events.lastIndexOf("event: done"));
    }

    @Test
    void aWorkspaceIndexCanBeRebuiltFromStoredChunks() {
        String marker = "quokkafin" + SUFFIX.replaceAll("[^a-z]", "");
        JsonPath uploaded = upload(
                        "dora",
                        workspaceA,
                        "rebuild.txt",
                        ("Notes on " + marker + " hedging.").getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(202)
                .extract()
                .jsonPath();
        awaitJob("dora", uploaded.getString("jobId"));
        String reindex = as("dora")
                .post("/api/v1/workspaces/" + workspaceA + "/search/reindex")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        assertThat(awaitJob("dora", reindex).getString("status")).isEqualTo("SUCCEEDED");
        assertThat(search("dora", workspaceA, marker, "text").getList("hits.documentId"))
                .containsExactly(uploaded.getString("id"));
        as("vic")
                .post("/api/v1/workspaces/" + workspaceA + "/search/reindex")
                .then()
                .statusCode(403);
    }

    @Test
    void anotherTenantCannotReachAnyDocumentEndpointAndAViewerCannotWrite() {
        JsonPath uploaded = upload(
                        "dora", workspaceA, "private.txt", ("Private " + SUFFIX).getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(202)
                .extract()
                .jsonPath();
        String id = uploaded.getString("id");
        String jobId = uploaded.getString("jobId");
        awaitJob("dora", jobId);

        for (String path : List.of(
                "/api/v1/documents/" + id,
                "/api/v1/documents/" + id + "/download",
                "/api/v1/documents/" + id + "/content",
                "/api/v1/documents/" + id + "/sections",
                "/api/v1/jobs/" + jobId,
                "/api/v1/jobs/" + jobId + "/events",
                "/api/v1/workspaces/" + workspaceA + "/documents",
                "/api/v1/workspaces/" + workspaceA + "/jobs")) {
            as("eve").get(path).then().statusCode(404).contentType("application/problem+json");
        }
        as("eve").delete("/api/v1/documents/" + id).then().statusCode(404);
        as("eve").post("/api/v1/jobs/" + jobId + "/cancel").then().statusCode(404);
        as("eve").post("/api/v1/jobs/" + jobId + "/retry").then().statusCode(404);
        as("eve")
                .body(Map.of("query", "Private"))
                .post("/api/v1/workspaces/" + workspaceA + "/search")
                .then()
                .statusCode(404);
        as("eve")
                .post("/api/v1/workspaces/" + workspaceA + "/search/reindex")
                .then()
                .statusCode(404);
        upload("eve", workspaceA, "intruder.txt", "x".getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(404);
        assertThat(search("eve", workspaceB, "Private", "text").getList("hits")).isEmpty();

        upload("vic", workspaceA, "viewer.txt", "y".getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(403);
        as("vic").delete("/api/v1/documents/" + id).then().statusCode(403);
        as("vic").post("/api/v1/jobs/" + jobId + "/cancel").then().statusCode(403);
        as("vic").get("/api/v1/documents/" + id).then().statusCode(200);
        as("vic").get("/api/v1/workspaces/" + workspaceA + "/jobs").then().statusCode(200);
        assertThat(search("vic", workspaceA, "Private", "text").getList("hits.documentId"))
                .contains(id);
    }

    @Test
    void deletingAWorkspaceRemovesItsDocumentsAndTheirFiles() throws Exception {
        String org = as("dora")
                .get("/api/v1/workspaces/" + workspaceA)
                .then()
                .extract()
                .path("orgId");
        String doomed = as("dora")
                .body(Map.of("name", "Doomed"))
                .post("/api/v1/orgs/" + org + "/workspaces")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String marker = "platypusfx" + SUFFIX.replaceAll("[^a-z]", "");
        JsonPath uploaded = upload(
                        "dora", doomed, "doomed.txt", ("Only here: " + marker).getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(202)
                .extract()
                .jsonPath();
        assertThat(awaitJob("dora", uploaded.getString("jobId")).getString("status"))
                .isEqualTo("SUCCEEDED");
        String sha = uploaded.getString("sha256");
        Path blob = Api.HOME.resolve(
                "data/blobs/" + org + "/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha);
        assertThat(blob).exists();

        as("dora").delete("/api/v1/workspaces/" + doomed).then().statusCode(204);

        as("dora").get("/api/v1/documents/" + uploaded.getString("id")).then().statusCode(404);
        assertThat(blob).doesNotExist();
    }

    private static JsonPath search(String user, String workspace, String query, String mode) {
        return as(user).body(Map.of("query", query, "mode", mode))
                .post("/api/v1/workspaces/" + workspace + "/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Response upload(String user, String workspace, String fileName, byte[] content) {
        return given().baseUri(Api.BASE)
                .auth()
                .preemptive()
                .basic(user + "-" + SUFFIX, PASSWORD)
                .multiPart("file", fileName, content, "application/octet-stream")
                .post("/api/v1/workspaces/" + workspace + "/documents");
    }

    private static JsonPath awaitJob(String user, String jobId) {
        return Api.awaitJob(user + "-" + SUFFIX, PASSWORD, jobId);
    }

    private static String createOrg(String user) {
        return as(user).body(Map.of("name", user + " org " + SUFFIX))
                .post("/api/v1/orgs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String createWorkspace(String user, String orgId) {
        return as(user).body(Map.of("name", "Research"))
                .post("/api/v1/orgs/" + orgId + "/workspaces")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static RequestSpecification as(String name) {
        return given().baseUri(Api.BASE)
                .contentType("application/json")
                .auth()
                .preemptive()
                .basic(name + "-" + SUFFIX, PASSWORD);
    }

    private static Path secFilings() {
        for (String candidate : List.of("../../shared/testdata/sec-filings", "../shared/testdata/sec-filings")) {
            Path p = Path.of(candidate).toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("SEC test filings not found next to the checkout (../shared/testdata)");
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
