package com.gridvault.server.realtime;

import com.gridvault.realtime.Channel;
import com.gridvault.realtime.Hub;
import com.gridvault.realtime.HubSettings;
import com.gridvault.server.jobs.Job;
import com.gridvault.server.jobs.JobEvents;
import com.gridvault.server.jobs.JobView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * The appliance's real-time hub ({@code /ws}, realtime-hub): ws-token authentication and channel
 * authorization by {@link HubAccess}, plugin protocols ({@code excel.*}) through {@link
 * PluginProtocols}, and job changes published on the job's channel and its
 * workspace's channel as {@code job.progress} events (document ingestion jobs also on the document's
 * channel).
 */
@ApplicationScoped
public class HubProducer {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** Looked up once: {@code Json.createReader} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    HubAccess access;

    @Inject
    JobEvents jobEvents;

    @Inject
    PluginProtocols protocols;

    @Produces
    @Singleton
    Hub hub() {
        Hub hub = Hub.builder(access, access)
                .settings(HubSettings.DEFAULTS)
                .dynamicHandlers(protocols::handlerFor)
                .build();
        jobEvents.subscribeAll(job -> publish(hub, job));
        return hub;
    }

    void close(@Disposes Hub hub) {
        hub.close();
    }

    static void publish(Hub hub, Job job) {
        JsonObject data;
        try (var reader = JSON.createReader(new StringReader(JSONB.toJson(JobView.of(job))))) {
            data = reader.readObject();
        }
        hub.publish(Channel.job(job.id()), "job.progress", data);
        if (job.workspaceId() != null) {
            hub.publish(Channel.workspace(job.workspaceId()), "job.progress", data);
        }
        if ("document.ingest".equals(job.kind()) && job.targetId() != null) {
            hub.publish(Channel.document(job.targetId()), "job.progress", data);
        }
    }
}
