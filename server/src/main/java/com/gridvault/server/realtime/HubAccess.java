package com.gridvault.server.realtime;

import com.gridvault.realtime.Channel;
import com.gridvault.realtime.ChannelAuthorizer;
import com.gridvault.realtime.HubAuthenticator;
import com.gridvault.realtime.HubPrincipal;
import com.gridvault.server.auth.UserRepository;
import com.gridvault.server.auth.mfa.MfaService;
import com.gridvault.server.auth.tokens.WsTokens;
import com.gridvault.server.documents.DocumentRepository;
import com.gridvault.server.jobs.JobRepository;
import com.gridvault.server.tenancy.OrganizationRepository;
import com.gridvault.server.tenancy.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who may connect to the hub (a redeemed ws-token of an enabled account) and what they may
 * subscribe to: a channel's object must belong to an organization where the user's role may read
 * workspaces (and that organization's MFA policy must be met). A channel of another tenant and a
 * channel that does not exist are refused alike.
 */
@ApplicationScoped
public class HubAccess implements HubAuthenticator, ChannelAuthorizer {

    @Inject
    WsTokens tokens;

    @Inject
    UserRepository users;

    @Inject
    OrganizationRepository organizations;

    @Inject
    WorkspaceRepository workspaces;

    @Inject
    DocumentRepository documents;

    @Inject
    JobRepository jobs;

    @Inject
    MfaService mfa;

    @Override
    public Optional<HubPrincipal> redeem(String wsToken) {
        return tokens.redeem(wsToken)
                .flatMap(users::findById)
                .filter(u -> u.enabled())
                .map(u -> new HubPrincipal(u.id(), u.username()));
    }

    @Override
    public boolean maySubscribe(HubPrincipal principal, Channel channel) {
        Optional<String> owner =
                switch (channel.kind()) {
                    case "workspace" -> workspaces.orgOfWorkspace(channel.id());
                    case "project" -> workspaces.orgOfProject(channel.id());
                    case "document" -> documents.orgOfDocument(channel.id());
                    case "job" -> jobs.orgOfJob(channel.id());
                    default -> Optional.empty(); // excel sessions are opened by the bridge, not subscribed to
                };
        return owner.filter(orgId -> organizations
                        .roleOf(orgId, principal.userId())
                        .filter(role -> role.actions().contains("workspace:read"))
                        .isPresent())
                .filter(orgId -> !mfa.required(orgId) || mfa.enabled(principal.userId()))
                .isPresent();
    }
}
