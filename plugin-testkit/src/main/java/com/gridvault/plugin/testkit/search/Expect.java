package com.gridvault.plugin.testkit.search;

import com.gridvault.plugin.api.search.SearchHit;
import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * Assertions for the contract; they throw {@link AssertionError} so that any test framework reports
 * them as failures, and the test kit needs no assertion library at run time.
 */
final class Expect {

    private Expect() {}

    static void equal(Object actual, Object expected, String what) {
        if (!Objects.equals(actual, expected)) {
            throw new AssertionError(what + ": expected <" + expected + "> but was <" + actual + ">");
        }
    }

    static void near(double actual, double expected, double tolerance, String what) {
        if (Math.abs(actual - expected) > tolerance) {
            throw new AssertionError(what + ": expected " + expected + " +/- " + tolerance + " but was " + actual);
        }
    }

    static void isTrue(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::chunkId).toList();
    }

    static void chunkIds(List<SearchHit> hits, List<String> expected, String what) {
        equal(ids(hits), expected, what);
    }

    static void sameChunkIds(List<SearchHit> hits, List<String> expected, String what) {
        List<String> actual = ids(hits);
        if (actual.size() != expected.size() || !actual.containsAll(expected)) {
            throw new AssertionError(what + ": expected chunks " + expected + " in any order but was " + actual);
        }
    }

    /** Runs {@code action} and requires an {@link InvalidInputException} naming exactly these paths. */
    static void invalid(Runnable action, String what, String... paths) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            List<String> actual = e.errors().stream().map(FieldError::path).toList();
            if (!actual.containsAll(List.of(paths))) {
                throw new AssertionError(what + ": expected errors on " + List.of(paths) + " but got " + e.errors());
            }
            return;
        } catch (RuntimeException e) {
            throw new AssertionError(
                    what + ": expected InvalidInputException on " + List.of(paths) + " but got " + e, e);
        }
        throw new AssertionError(
                what + ": expected InvalidInputException on " + List.of(paths) + " but none was thrown");
    }
}
