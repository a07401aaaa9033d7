package com.gridvault.server.audit;

/**
 * The result of checking a chain link by link.
 *
 * @param valid whether every link holds
 * @param entriesChecked how many entries were read before the first broken link (or in all)
 * @param firstBrokenSeq the seq of the first entry that is missing, altered or out of place; null if valid
 * @param reason why it is broken; null if valid
 * @param lastSeq the seq of the newest intact entry (0 for an empty chain); anchor it with {@code headHash}
 *     outside the appliance to detect deletion of the newest entries later
 * @param headHash the hash of that entry ({@link AuditEntry#GENESIS} for an empty chain)
 */
public record ChainVerification(
        boolean valid, long entriesChecked, Long firstBrokenSeq, String reason, long lastSeq, String headHash) {}
