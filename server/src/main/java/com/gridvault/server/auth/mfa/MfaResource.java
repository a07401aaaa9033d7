package com.gridvault.server.auth.mfa;

import com.gridvault.server.audit.AuditEvent;
import com.gridvault.server.audit.AuditLog;
import com.gridvault.server.audit.Outcome;
import com.gridvault.server.auth.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own two-factor authentication. */
@Path("users/me/mfa")
@Tag(name = "users")
@Produces(MediaType.APPLICATION_JSON)
public class MfaResource {

    /** A code from the authenticator app (or a recovery code where accepted). */
    public record Code(@NotBlank @Size(max = 20) String code) {}

    /** Whether two-factor authentication is on. */
    public record Status(boolean enabled) {}

    /** The recovery codes, each usable once instead of a TOTP code. Shown only now. */
    public record RecoveryCodes(List<String> recoveryCodes) {}

    @Inject
    MfaService mfa;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "Tells whether two-factor authentication is on for the caller")
    public Status status() {
        return new Status(mfa.enabled(caller.principal().userId()));
    }

    @POST
    @Path("totp")
    @Operation(summary = "Starts TOTP enrolment: returns the secret and an otpauth:// URI for the authenticator app")
    public MfaService.Enrolment enroll() {
        return mfa.enroll(caller.principal().userId(), caller.principal().username());
    }

    @POST
    @Path("totp/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turns two-factor authentication on with a first code; returns 10 single-use recovery codes")
    public RecoveryCodes confirm(@Valid @NotNull Code code) {
        List<String> codes = mfa.confirm(caller.principal().userId(), code.code());
        audit.record(AuditEvent.of(null, "auth.mfa.enabled", Outcome.SUCCESS)
                .withActor(caller.principal().userId(), caller.principal().username()));
        return new RecoveryCodes(codes);
    }

    @POST
    @Path("disable")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turns two-factor authentication off; needs a current code or a recovery code")
    public Response disable(@Valid @NotNull Code code) {
        mfa.disable(caller.principal().userId(), code.code());
        audit.record(AuditEvent.of(null, "auth.mfa.disabled", Outcome.SUCCESS)
                .withActor(caller.principal().userId(), caller.principal().username()));
        return Response.noContent().build();
    }
}
