package be.clbchat.web.health;

import be.clbchat.infrastructure.database.DatabaseHealth;
import be.clbchat.infrastructure.database.DatabasePreparation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database is migrated and answers: without it no chat can be kept. The one place the web module
 * reads the infrastructure: whether the database is there and migrated is a fact of the infrastructure itself, not a
 * use case of the application, and a health check must see it even when every service would fail.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NOT_READY = "De database is niet bereikbaar of nog niet bijgewerkt; zie het serverlog (CLBCHAT-DB).";

    @Inject
    private DatabasePreparation database;

    @Override
    public HealthCheckResponse call() {
        DatabaseHealth health = database.health();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .status(health.ready())
                .withData("schemaVersion", health.schemaVersion());
        if (!health.ready()) {
            // The health address is public: the database's own words (user names, hosts) go to the log only, once
            // per change (the CLBCHAT-DB line).
            response.withData("problem", NOT_READY);
            response.withData("failedAttempts", health.failedAttempts());
        }
        return response.build();
    }
}
