package be.clbchat.infrastructure.database;

import be.clbchat.application.chat.ChatService;
import be.clbchat.domain.staff.StaffCredentialQueries;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Brings the database to the schema this release needs before anything uses it: starts the embedded MariaDB
 * when no external database is configured, runs the Flyway migrations, seeds the demo accounts in demo mode and
 * creates the initial admin account when one is configured.
 * <p>
 * A database that cannot be reached does not stop the server: readiness stays DOWN, one clear line is logged
 * (again only when the reason changes), and preparation is retried until the database answers.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabasePreparation {

    private static final Logger LOG = Logger.getLogger(DatabasePreparation.class.getName());
    private static final Duration RETRY_EVERY = Duration.ofSeconds(10);
    private static final int VALIDATION_SECONDS = 2;

    @Resource(lookup = StaffCredentialQueries.DATASOURCE)
    private DataSource dataSource;

    @Resource
    private TimerService timers;

    @Inject
    private Config config;

    @Inject
    private DemoData demoData;

    @Inject
    private InitialAdmin initialAdmin;

    @Inject
    private ChatService chats;

    private DatabaseSettings settings;
    private EmbeddedMariaDb embedded;
    /** An embedded MariaDB left running by an earlier server (killed, say) that this one took over. */
    private boolean adoptedEmbedded;
    private volatile boolean migrated;
    private volatile String schemaVersion = "-";
    private volatile String problem = "";
    /** Preparations that failed since the last one that succeeded (readiness shows it: the retries are seen). */
    private volatile int failedAttempts;

    @PostConstruct
    void start() {
        settings = DatabaseSettings.from(config);
        prepare();
    }

    /** Starts the embedded MariaDB when it is wanted and not running; says why when it would not start. */
    private Optional<String> startEmbeddedIfNeeded() {
        if (settings.embedded() && embedded == null && !adoptedEmbedded) {
            if (EmbeddedMariaDb.isListening(settings.port())) {
                LOG.warning(() -> "An embedded MariaDB is already running on 127.0.0.1:" + settings.port()
                        + " (left by a server that did not stop cleanly?); using it, and shutting it down with"
                        + " this server.");
                try {
                    EmbeddedMariaDb.useCredentials(settings.dataRoot());
                } catch (java.io.IOException e) {
                    return Optional.of("the embedded MariaDB's password could not be read (" + e + ")");
                }
                adoptedEmbedded = true;
                return Optional.empty();
            }
            try {
                embedded = EmbeddedMariaDb.start(settings.dataRoot(), settings.port());
            } catch (Exception | LinkageError e) {
                // Carry on: readiness reports it, and the next attempt starts it again.
                return Optional.of("the embedded MariaDB did not start (" + DatabaseProblem.describe(e) + ")");
            }
        }
        return Optional.empty();
    }

    @Timeout
    void retry() {
        prepare();
    }

    private void prepare() {
        Optional<String> embeddedFailure = startEmbeddedIfNeeded();
        try {
            Flyway flyway = Flyway.configure(DatabasePreparation.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load();
            flyway.migrate();
            MigrationVersion current = flyway.info().current() == null
                    ? MigrationVersion.EMPTY : flyway.info().current().getVersion();
            schemaVersion = current.getVersion() == null ? "-" : current.getVersion();
            if (settings.demo()) {
                demoData.seed();
            } else {
                demoData.retire(); // demo switched off (or the server is reachable from elsewhere): no demo logins
            }
            initialAdmin.createIfConfigured();
            // Before anyone can connect: nobody is connected after a start, so every grace period begins now.
            chats.serverStarted();
            migrated = true;
            if (!problem.isEmpty()) {
                LOG.info(() -> "Datasource " + StaffCredentialQueries.DATASOURCE + " is reachable again.");
            }
            problem = "";
            failedAttempts = 0;
            LOG.info(() -> "Datasource " + StaffCredentialQueries.DATASOURCE + " (" + settings.describedUrl()
                    + ") is at schema version " + schemaVersion
                    + (settings.embedded() ? ", embedded" : ", external")
                    + (settings.demo() ? ", with demo accounts." : "."));
            if (!settings.hasSocketTimeout()) {
                LOG.warning(() -> "DB_URL sets no socketTimeout: a database that stops answering (a network fault, a"
                        + " stuck server) holds each request's thread until the operating system gives up, often"
                        + " minutes. Add e.g. ?socketTimeout=30000&connectTimeout=5000 (README, Settings).");
            }
        } catch (RuntimeException e) {
            failedAttempts++; // one thread: the start, then the retry timer
            reportProblem(embeddedFailure.orElseGet(() -> DatabaseProblem.describe(e)));
            timers.createSingleActionTimer(RETRY_EVERY.toMillis(), new TimerConfig(null, false));
        }
    }

    /** Logs a problem once, and again only when its reason changes, so a long outage is not a wall of logs. */
    private void reportProblem(String reason) {
        if (!reason.equals(problem)) {
            LOG.severe(() -> "CLBCHAT-DB: datasource " + StaffCredentialQueries.DATASOURCE + " ("
                    + settings.describedUrl() + ") is not usable: " + reason
                    + ". Readiness is DOWN; retrying every " + RETRY_EVERY.toSeconds() + " s.");
        } else {
            LOG.fine(() -> "Datasource still not usable: " + reason);
        }
        problem = Objects.requireNonNull(reason);
    }

    /** Whether the schema is ready for use (it may still be unreachable right now). */
    public boolean prepared() {
        return migrated;
    }

    /** Readiness: migrated, and a connection answers right now. */
    public DatabaseHealth health() {
        if (!migrated) {
            return DatabaseHealth.down(schemaVersion, problem.isEmpty() ? "database not prepared yet" : problem,
                    failedAttempts);
        }
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(VALIDATION_SECONDS)) {
                return DatabaseHealth.up(schemaVersion);
            }
            return DatabaseHealth.down(schemaVersion, "the database did not answer within "
                    + VALIDATION_SECONDS + " s", 0);
        } catch (SQLException e) {
            String reason = DatabaseProblem.describe(e);
            LOG.log(Level.FINE, "Readiness check could not reach the database: {0}", reason);
            return DatabaseHealth.down(schemaVersion, reason, 0);
        }
    }

    @PreDestroy
    void stop() {
        if (embedded != null) {
            embedded.stop();
        } else if (adoptedEmbedded) {
            try (Connection connection = dataSource.getConnection();
                 java.sql.Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
                LOG.info(() -> "The embedded MariaDB on port " + settings.port() + " was shut down.");
            } catch (SQLException e) {
                LOG.warning(() -> "Could not shut down the embedded MariaDB on port " + settings.port() + ": "
                        + DatabaseProblem.describe(e));
            }
        }
    }
}
