package com.gridvault.excel.protocol;

import com.gridvault.plugin.api.validation.FieldError;
import java.util.List;
import java.util.Objects;

/**
 * The payload of an {@code error} message.
 *
 * @param code the machine-readable reason
 * @param message what went wrong, for the analyst
 * @param fields the invalid fields, for {@link ErrorCode#INVALID_PAYLOAD} and {@link
 *     ErrorCode#SNAPSHOT_TOO_LARGE}; otherwise empty
 */
public record ProtocolError(ErrorCode code, String message, List<FieldError> fields) {

    /** Rejects nulls; copies the fields. */
    public ProtocolError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /**
     * An error without field details.
     *
     * @param code the code
     * @param message the message
     * @return the error
     */
    public static ProtocolError of(ErrorCode code, String message) {
        return new ProtocolError(code, message, List.of());
    }
}
