package com.gridvault.excel.session;

import com.gridvault.excel.protocol.ErrorCode;
import com.gridvault.plugin.api.validation.FieldError;
import java.util.List;

/** A request the session answers with {@code excel.error} instead of handling it. */
final class SessionError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode code;
    private final transient List<FieldError> fields;

    SessionError(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    SessionError(ErrorCode code, String message, List<FieldError> fields) {
        super(message, null, false, false);
        this.code = code;
        this.fields = List.copyOf(fields);
    }

    ErrorCode code() {
        return code;
    }

    List<FieldError> fields() {
        return fields;
    }
}
