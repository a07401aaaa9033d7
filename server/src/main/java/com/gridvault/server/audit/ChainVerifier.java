package com.gridvault.server.audit;

import java.util.List;

/**
 * Walks a chain from seq 1 and reports the first broken link: a missing seq (deleted or reordered
 * rows), a {@code prev_hash} that is not the previous entry's hash, or a hash that does not match the
 * entry's fields (altered row). Stateless; {@link #DEFAULT} is the instance to use.
 */
public final class ChainVerifier {

    public static final ChainVerifier DEFAULT = new ChainVerifier(500);

    private final int pageSize;

    ChainVerifier(int pageSize) {
        this.pageSize = pageSize;
    }

    /** Verifies the chain {@code chainId} read through {@code entries}. */
    public ChainVerification verify(AuditRepository entries, String chainId) {
        long expectedSeq = 1;
        String expectedPrev = AuditEntry.GENESIS;
        long checked = 0;
        while (true) {
            List<AuditEntry> page = entries.chain(chainId, expectedSeq - 1, pageSize);
            for (AuditEntry entry : page) {
                String problem = problem(entry, expectedSeq, expectedPrev);
                if (problem != null) {
                    return new ChainVerification(false, checked, expectedSeq, problem, expectedSeq - 1, expectedPrev);
                }
                checked++;
                expectedSeq++;
                expectedPrev = entry.hash();
            }
            if (page.size() < pageSize) {
                return new ChainVerification(true, checked, null, null, expectedSeq - 1, expectedPrev);
            }
        }
    }

    private static String problem(AuditEntry entry, long expectedSeq, String expectedPrev) {
        if (entry.seq() != expectedSeq) {
            return "Entry " + expectedSeq + " is missing; the next stored entry is " + entry.seq();
        }
        if (!expectedPrev.equals(entry.prevHash())) {
            return "Entry " + expectedSeq + " does not link to entry " + (expectedSeq - 1)
                    + " (previous hash differs: deleted, reordered or altered rows)";
        }
        if (!entry.computeHash().equals(entry.hash())) {
            return "Entry " + expectedSeq + " was altered (its hash does not match its fields)";
        }
        return null;
    }
}
