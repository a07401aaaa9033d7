package com.gridvault.server.errors;

import java.util.List;

/** An expected failure a resource reports to the client with a specific problem type. */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final transient List<Problem.FieldProblem> errors;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ApiException(ProblemType type, String detail, List<Problem.FieldProblem> errors) {
        super(detail);
        this.type = type;
        this.errors = errors == null ? null : List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldProblem> errors() {
        return errors;
    }
}
