package be.clbchat.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** The Liberty server the build started for the integration tests (see clbchat-ear/pom.xml). */
final class ItServer {

    private ItServer() {
    }

    static String baseUrl() {
        return System.getProperty("clbchat.baseUrl", "http://127.0.0.1:19080");
    }

    static URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    static Path serverDir() {
        return Path.of(System.getProperty("clbchat.serverDir", "target/liberty/wlp/usr/servers/clbchat-it"));
    }

    /** Waits until /health/ready answers 200, and returns how long that took. */
    static Duration awaitReady(Duration atMost) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        Instant start = Instant.now();
        Instant deadline = start.plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return Duration.between(start, Instant.now());
                }
            } catch (IOException notYet) {
                // the server is not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The server was not ready within " + atMost);
    }
}
