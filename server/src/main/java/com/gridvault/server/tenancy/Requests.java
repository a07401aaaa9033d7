package com.gridvault.server.tenancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Validated request bodies of the tenancy API. Names are stored and returned exactly as sent. */
public final class Requests {

    /** Longest name or description accepted, in characters. */
    public static final int MAX_TEXT = 16_384;

    private Requests() {}

    public record CreateOrganization(@NotBlank @Size(max = MAX_TEXT) String name, Plan plan) {}

    public record UpdateOrganization(@Size(min = 1, max = MAX_TEXT) String name, Plan plan) {}

    public record AddMember(@NotBlank @Size(max = 254) String username, @NotNull Role role) {}

    public record ChangeRole(@NotNull Role role) {}

    public record CreateWorkspace(
            @NotBlank @Size(max = MAX_TEXT) String name, @Size(max = MAX_TEXT) String description) {}

    public record UpdateWorkspace(
            @Size(min = 1, max = MAX_TEXT) String name, @Size(max = MAX_TEXT) String description) {}

    public record CreateProject(
            @NotBlank @Size(max = MAX_TEXT) String name, @Size(max = MAX_TEXT) String description) {}

    public record UpdateProject(@Size(min = 1, max = MAX_TEXT) String name, @Size(max = MAX_TEXT) String description) {}
}
