package com.gridvault.plugin.testkit.search;

import static com.gridvault.plugin.testkit.search.Fixtures.*;

import com.gridvault.plugin.api.search.SearchBackend;
import java.util.List;

/** Counting, replacing, deleting and clearing. */
final class LifecycleChecks {

    private LifecycleChecks() {}

    static void emptyIndexFindsNothing(SearchBackend backend) {
        Expect.equal(backend.count(ACME, CREDIT), 0L, "count of a fresh index");
        Expect.equal(backend.search(query("anything").build()), List.of(), "TEXT on a fresh index");
        Expect.equal(backend.search(semantic(EAST).build()), List.of(), "SEMANTIC on a fresh index");
        Expect.equal(backend.search(hybrid("anything", EAST).build()), List.of(), "HYBRID on a fresh index");
        Expect.isTrue(
                backend.id().matches("[a-z][a-z0-9]*([.-][a-z0-9]+)*"), "id is lower-case words: " + backend.id());
    }

    static void upsertReplacesTheChunk(SearchBackend backend) {
        backend.index(List.of(chunk("c1", "d1", "Original wording about mortgages", EAST)));
        backend.index(List.of(chunk("c1", "d1", "Revised wording about derivatives", NORTH)));
        Expect.equal(backend.count(ACME, CREDIT), 1L, "chunks after replacing c1");
        Expect.chunkIds(backend.search(query("mortgages").build()), List.of(), "old text is gone");
        Expect.chunkIds(backend.search(query("derivatives").build()), List.of("c1"), "new text is found");
        Expect.near(backend.search(semantic(NORTH).k(1).build()).get(0).score(), 1.0, 1e-4, "new vector is used");
    }

    static void deleteDocumentRemovesAllItsChunks(SearchBackend backend) {
        backend.index(List.of(
                chunk("c1", "d1", "Syndicated loan terms", EAST),
                chunk("c2", "d1", "Syndicated loan covenants", NORTH),
                chunk("c3", "d2", "Syndicated loan pricing", UP)));
        Expect.equal(backend.deleteDocument(ACME, CREDIT, "d1"), 2L, "chunks deleted with d1");
        Expect.equal(backend.count(ACME, CREDIT), 1L, "chunks left");
        Expect.chunkIds(backend.search(query("syndicated loan").build()), List.of("c3"), "TEXT after delete");
        Expect.chunkIds(backend.search(semantic(EAST).build()), List.of("c3"), "SEMANTIC after delete");
        Expect.equal(backend.deleteDocument(ACME, CREDIT, "d1"), 0L, "deleting it again");
    }

    static void deleteWorkspaceRemovesEverything(SearchBackend backend) {
        backend.index(List.of(chunk("c1", "d1", "Trade finance", EAST), chunk("c2", "d2", "Trade finance", NORTH)));
        Expect.equal(backend.deleteWorkspace(ACME, CREDIT), 2L, "chunks deleted with the workspace");
        Expect.equal(backend.count(ACME, CREDIT), 0L, "count after deleting the workspace");
        Expect.equal(backend.search(hybrid("trade finance", EAST).build()), List.of(), "hits after deleting it");
    }

    static void clearForgetsEverythingAndTheDimension(SearchBackend backend) {
        backend.index(List.of(
                chunk("c1", "d1", "Sovereign exposure", EAST),
                chunk(GLOBEX, TREASURY, "c9", "d9", "Sovereign exposure", NORTH, null)));
        backend.clear();
        Expect.equal(backend.count(ACME, CREDIT), 0L, "acme/credit after clear");
        Expect.equal(backend.count(GLOBEX, TREASURY), 0L, "globex/treasury after clear");
        // Rebuild with another embedding model: a new dimension is accepted after clear().
        backend.index(List.of(chunk("c1", "d1", "Sovereign exposure", new float[] {0.6f, 0.8f})));
        Expect.chunkIds(
                backend.search(semantic(new float[] {0.6f, 0.8f}).build()), List.of("c1"), "rebuilt with dimension 2");
    }
}
