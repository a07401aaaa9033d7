package com.gridvault.realtime;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test {@link ChannelAuthorizer} with tenants: a channel exists when some tenant owns it, and a
 * user may subscribe to the channels of their own tenant only.
 */
final class TestAuthorizer implements ChannelAuthorizer {

    private final Map<Channel, String> ownerTenant = new ConcurrentHashMap<>();
    private final Map<String, String> userTenant = new ConcurrentHashMap<>();

    TestAuthorizer user(String userId, String tenant) {
        userTenant.put(userId, tenant);
        return this;
    }

    TestAuthorizer channel(Channel channel, String tenant) {
        ownerTenant.put(channel, tenant);
        return this;
    }

    TestAuthorizer channels(String tenant, Channel... channels) {
        for (Channel channel : channels) {
            channel(channel, tenant);
        }
        return this;
    }

    boolean exists(Channel channel) {
        return ownerTenant.containsKey(channel);
    }

    Set<Channel> known() {
        return ownerTenant.keySet();
    }

    @Override
    public boolean maySubscribe(HubPrincipal principal, Channel channel) {
        String tenant = userTenant.get(principal.userId());
        return tenant != null && tenant.equals(ownerTenant.get(channel));
    }
}
