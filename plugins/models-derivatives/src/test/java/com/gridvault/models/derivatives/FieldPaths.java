package com.gridvault.models.derivatives;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.gridvault.plugin.api.validation.FieldError;
import com.gridvault.plugin.api.validation.InvalidInputException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Reads the field paths out of an expected {@link InvalidInputException}. */
public final class FieldPaths {

    private FieldPaths() {}

    /**
     * Runs the call, requires it to throw {@link InvalidInputException}, and returns the paths.
     *
     * @param call the validation
     * @return the reported paths in order
     */
    public static List<String> of(ThrowingCallable call) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
        if (e == null) {
            throw new AssertionError("Expected an InvalidInputException");
        }
        return e.errors().stream().map(FieldError::path).toList();
    }
}
