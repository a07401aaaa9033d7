package com.gridvault.server.audit;

import java.util.List;

/** Audit entries; every method works on one chain (an organization, or the appliance). */
public interface AuditRepository {

    /**
     * Links a draft into its chain and stores it, in a transaction of its own. Appends to one chain
     * are serialized, so two parallel appends never produce the same seq or fork the chain.
     *
     * @return the stored entry
     */
    AuditEntry append(AuditEntry.Draft draft);

    /** Newest first: entries matching the query with {@code seq < beforeSeq}, at most {@code limit}. */
    List<AuditEntry> list(String chainId, AuditQuery query, Long beforeSeq, int limit);

    /** Oldest first: entries with {@code seq > afterSeq}, at most {@code limit}, for verification. */
    List<AuditEntry> chain(String chainId, long afterSeq, int limit);
}
