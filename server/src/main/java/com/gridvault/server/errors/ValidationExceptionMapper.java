package com.gridvault.server.errors;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Claims Bean Validation failures before the JAX-RS runtime's built-in mapper does (which answers
 * {@code text/plain}), and hands them to {@link ProblemMapper}, which stays the one place that
 * decides the response.
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ValidationException failure) {
        ProblemMapper mapper = new ProblemMapper();
        mapper.uri = uri;
        return mapper.toResponse(failure);
    }
}
