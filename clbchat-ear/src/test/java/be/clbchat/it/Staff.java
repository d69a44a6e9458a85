package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A member of staff's browser, reduced to HTTP: it keeps cookies, does not follow redirects by itself (tests look
 * at them), and logs in through the container's form login exactly as the login page's form does.
 */
final class Staff {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            // HTTP/1.1 as browsers speak it to this server; the client's h2c upgrade attempt can stall here.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private String authorization;

    static Staff anonymous() {
        return new Staff();
    }

    /** A program calling the staff API with HTTP Basic on every request. */
    static Staff withBasic(String username, String password) {
        Staff staff = new Staff();
        staff.authorization = "Basic " + java.util.Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return staff;
    }

    /** Opens {@code protectedPath}, is sent to the login page, and submits the form there. */
    static Staff loggedIn(String protectedPath, String username, String password) {
        Staff staff = new Staff();
        HttpResponse<String> first = staff.get(protectedPath);
        assertThat(first.statusCode()).as("an anonymous visit to %s is redirected to log in", protectedPath)
                .isEqualTo(302);
        String loginCheck = protectedPath.startsWith("/admin") ? "/admin/j_security_check" : "/j_security_check";
        staff.postForm(loginCheck, "j_username", username, "j_password", password);
        return staff;
    }

    /** The value of one of the cookies this browser holds, if it holds it. */
    java.util.Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst();
    }

    /** A browser that holds these cookies only (a copy of someone else's, as a thief would use them). */
    static Staff withCookies(java.util.Map<String, String> values) {
        Staff staff = new Staff();
        values.forEach((name, value) -> {
            java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
            cookie.setPath("/");
            cookie.setVersion(0);
            staff.cookies.getCookieStore().add(ItServer.uri("/"), cookie);
        });
        return staff;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(ItServer.uri(path)).GET().build());
    }

    /** Follows redirects within the site, as a browser would, and returns the final page. */
    HttpResponse<String> open(String path) {
        HttpResponse<String> response = get(path);
        for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            response = send(HttpRequest.newBuilder(URI.create(ItServer.baseUrl()).resolve(location)).GET().build());
        }
        return response;
    }

    HttpResponse<String> postForm(String path, String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (form.length() > 0) {
                form.append('&');
            }
            form.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(ItServer.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build());
    }

    HttpResponse<String> putJson(String path, String json) {
        return send(HttpRequest.newBuilder(ItServer.uri(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    HttpResponse<String> postCsv(String path, String csv) {
        return send(HttpRequest.newBuilder(ItServer.uri(path))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .build());
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(ItServer.uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** A JSON POST as a browser sends it from a page of {@code origin}. */
    HttpResponse<String> postJsonFrom(String origin, String path, String json) {
        return send(HttpRequest.newBuilder(ItServer.uri(path))
                .header("Content-Type", "application/json")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** Any request as a browser on a page of {@code origin} sends it (no body when {@code body} is null). */
    HttpResponse<String> requestFrom(String origin, String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(ItServer.uri(path)).header("Origin", origin)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    /** Opens a WebSocket with this person's cookies (their login session), as the console page does. */
    java.util.concurrent.CompletableFuture<java.net.http.WebSocket> webSocket(String path, String origin,
                                                                             java.net.http.WebSocket.Listener listener) {
        return webSocket(path, origin, null, listener);
    }

    /**
     * @param clientAddress where the socket comes from, as the test server's trusted proxy says it
     *                      ({@code X-Forwarded-For}; the IT server trusts 127.0.0.1); null: from 127.0.0.1 itself
     */
    java.util.concurrent.CompletableFuture<java.net.http.WebSocket> webSocket(String path, String origin,
                                                                             String clientAddress,
                                                                             java.net.http.WebSocket.Listener listener) {
        java.net.http.WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        if (clientAddress != null) {
            builder.header("X-Forwarded-For", clientAddress);
        }
        return builder.buildAsync(URI.create(ItServer.baseUrl().replaceFirst("^http", "ws") + path), listener);
    }

    HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(ItServer.uri(path)).DELETE().build());
    }

    /** A GET whose answer is a file (a PDF): its bytes as they came. */
    HttpResponse<byte[]> download(String path) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(ItServer.uri(path)).GET().timeout(Duration.ofSeconds(30));
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(request, (name, value) -> true)
                    .timeout(Duration.ofSeconds(30));
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            HttpRequest bounded = builder.build();
            return http.send(bounded, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
