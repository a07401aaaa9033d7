package com.gridvault.server.startup;

import com.gridvault.server.addin.AddinSettings;
import com.gridvault.server.auth.BootstrapAdministrator;
import com.gridvault.server.config.ApplianceSettings;
import com.gridvault.server.jobs.JobService;
import com.gridvault.server.persistence.MigrationReport;
import com.gridvault.server.persistence.SchemaMigrator;
import com.gridvault.server.plugins.PluginRuntime;
import com.gridvault.server.tenancy.DefaultOrganization;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import javax.sql.DataSource;

/**
 * Starts the appliance in order: validate configuration (the appliance's and the Excel add-in's; a
 * bad value names its key and environment variable), migrate the schema, create the bootstrap
 * administrator, start the plugins, start the job engine. With fail-fast on (the default), a
 * failure stops the process with exit code 78 so that a supervisor or the launcher reports it
 * instead of leaving a server that never becomes ready.
 */
@ApplicationScoped
public class ApplianceStartup {

    private static final Logger LOG = System.getLogger(ApplianceStartup.class.getName());
    static final int EXIT_CONFIG = 78;

    @Resource(lookup = "jdbc/gridvault")
    DataSource dataSource;

    @Inject
    Instance<ApplianceSettings> settings;

    @Inject
    Instance<AddinSettings> addin;

    @Inject
    BootstrapAdministrator administrator;

    @Inject
    PluginRuntime plugins;

    @Inject
    DefaultOrganization defaultOrganization;

    @Inject
    StartupState state;

    @Inject
    JobService jobs;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        long began = System.nanoTime();
        ApplianceSettings resolved = null;
        try {
            resolved = settings.get();
            // The Excel add-in's addresses: checked now rather than at the first /addin request.
            addin.get();
            MigrationReport report =
                    SchemaMigrator.migrate(dataSource, getClass().getClassLoader());
            state.migrated(report);
            LOG.log(
                    Level.INFO,
                    "Database {0} {1}: schema version {2} ({3} migration(s) applied now)",
                    report.vendor(),
                    report.productVersion(),
                    report.schemaVersion(),
                    report.applied());
            if (report.vendor().evaluationOnly()) {
                LOG.log(
                        Level.WARNING,
                        "EVALUATION MODE: running on the embedded H2 database in {0}. "
                                + "Production needs PostgreSQL: set GRIDVAULT_DB_URL, GRIDVAULT_DB_USER and GRIDVAULT_DB_PASSWORD.",
                        resolved.dataDirectory());
            }
            administrator.ensure().ifPresent(admin -> defaultOrganization.create(admin.id()));
            plugins.start();
            jobs.start();
            state.completed();
            LOG.log(
                    Level.INFO,
                    "Gridvault started in {0} ms (home {1})",
                    (System.nanoTime() - began) / 1_000_000,
                    resolved.home());
        } catch (RuntimeException e) {
            String reason = rootMessage(e);
            state.failed(reason);
            LOG.log(Level.ERROR, "Gridvault failed to start: " + reason, e);
            if (resolved == null || resolved.failFast()) {
                LOG.log(
                        Level.ERROR,
                        "Stopping the server (exit code " + EXIT_CONFIG + "); fix the problem above and start again");
                Thread exit = new Thread(() -> System.exit(EXIT_CONFIG), "gridvault-fail-fast");
                exit.setDaemon(true);
                exit.start();
            }
            throw e;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null
                && t.getCause() != t
                && (t.getMessage() == null || t instanceof jakarta.enterprise.inject.CreationException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getName() : t.getMessage();
    }
}
