package com.gridvault.excel.protocol;

import com.gridvault.excel.snapshot.SnapshotValidator;
import com.gridvault.excel.snapshot.WorkbookSnapshot;
import com.gridvault.plugin.api.validation.FieldErrors;
import java.util.Optional;

/**
 * What is wrong with a workbook snapshot, as the protocol reports it: {@link
 * ErrorCode#SNAPSHOT_TOO_LARGE} when a limit is exceeded (cells, sheets, names, formula length),
 * {@link ErrorCode#INVALID_PAYLOAD} otherwise, each invalid field listed.
 */
public final class SnapshotProblems {

    private SnapshotProblems() {}

    /**
     * Checks a snapshot.
     *
     * @param validator the validator with its limits
     * @param snapshot the snapshot
     * @return the error to send, or empty when the snapshot is fine
     */
    public static Optional<ProtocolError> of(SnapshotValidator validator, WorkbookSnapshot snapshot) {
        FieldErrors errors = FieldErrors.create();
        validator.validate(errors, snapshot);
        if (!errors.hasErrors()) {
            return Optional.empty();
        }
        boolean tooLarge = snapshot.cellCount() > validator.limits().maxCells()
                || snapshot.sheets().size() > validator.limits().maxSheets()
                || snapshot.names().size() > validator.limits().maxNames()
                || errors.errors().stream().anyMatch(e -> e.path().endsWith(".formula"));
        return Optional.of(new ProtocolError(
                tooLarge ? ErrorCode.SNAPSHOT_TOO_LARGE : ErrorCode.INVALID_PAYLOAD,
                tooLarge
                        ? "the workbook snapshot is over the limits announced in hello.ack; send the sheets that"
                                + " matter or the selection"
                        : "the workbook snapshot is invalid",
                errors.errors()));
    }
}
