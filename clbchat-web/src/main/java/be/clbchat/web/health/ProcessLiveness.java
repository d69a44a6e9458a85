package be.clbchat.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the heap has room to work; a server that is out of memory should be restarted, not waited for. */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {

    private static final double MAX_HEAP_USE = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        long max = runtime.maxMemory();
        // Status only: the health address is public, and how full the heap is tells an attacker when to push.
        return HealthCheckResponse.named("heap").status(used < MAX_HEAP_USE * max).build();
    }
}
