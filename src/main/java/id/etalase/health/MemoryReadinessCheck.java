package id.etalase.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready once an {@link OutOfMemoryError} was seen ({@link OutOfMemoryRecord}), with when, where
 * and why, until the server is restarted. Liveness stays UP on purpose: the orchestrator stops
 * sending requests, and an operator decides when to restart.
 */
@Readiness
@ApplicationScoped
public class MemoryReadinessCheck implements HealthCheck {

  @Inject private OutOfMemoryRecord outOfMemory;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder memory =
        HealthCheckResponse.named("memory")
            .withData("heapMaxMb", Runtime.getRuntime().maxMemory() >> 20);
    Optional<OutOfMemoryRecord.Occurrence> oom = outOfMemory.first();
    if (oom.isEmpty()) {
      return memory.up().build();
    }
    return memory
        .down()
        .withData("reason", "OutOfMemoryError seen; restart this server")
        .withData("at", oom.get().at().toString())
        .withData("where", oom.get().where())
        .withData("message", String.valueOf(oom.get().message()))
        .build();
  }
}
