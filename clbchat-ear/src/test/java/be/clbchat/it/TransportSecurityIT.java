package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Behind a proxy that ends TLS (CLBCHAT_BEHIND_TLS=true, README "Behind a TLS proxy"): the proxy on 127.0.0.1 (the
 * test server's CLBCHAT_TRUSTED_PROXIES) passes a browser's https request on with X-Forwarded-Proto. Then the sign-on and session cookies are Secure, the sign-on
 * cookie is made only for a request that came in over https, pages say Strict-Transport-Security, and redirects and
 * the same-origin check see https. Without the setting none of that: a developer's plain HTTP keeps working.
 */
class TransportSecurityIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    /** What the proxy adds to a request that reached it over https. */
    private static final Map<String, String> OVER_HTTPS = Map.of("X-Forwarded-Proto", "https",
            "X-Forwarded-For", "198.51.100.23");

    @AfterAll
    static void backToPlainHttp() throws Exception {
        ItServer.stop();
        ItServer.start(Map.of());
    }

    @Test
    void behindATlsProxyTheCookiesAreSecureTheSignOnNeedsHttpsAndPagesSayStrictTransportSecurity() throws Exception {
        // As a developer runs it: plain HTTP, cookies without Secure (they would never come back), no HSTS.
        HttpResponse<String> plainLogin = logIn(Map.of());
        assertThat(signOnCookie(plainLogin)).as("sign-on cookie over plain HTTP").hasValueSatisfying(cookie ->
                assertThat(cookie).containsIgnoringCase("HttpOnly").doesNotContainIgnoringCase("Secure"));
        assertThat(get("/", Map.of()).headers().firstValue("Strict-Transport-Security"))
                .as("no HSTS over plain HTTP").isEmpty();

        ItServer.stop();
        ItServer.start(Map.of("CLBCHAT_BEHIND_TLS", "true"));

        HttpResponse<String> home = get("/", OVER_HTTPS);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000; includeSubDomains");
        assertThat(get("/admin/login.xhtml", OVER_HTTPS).headers().firstValue("Strict-Transport-Security"))
                .as("the admin pages too").isPresent();
        assertThat(get("/", Map.of()).headers().firstValue("Strict-Transport-Security"))
                .as("not on a request that came in over plain HTTP").isEmpty();

        HttpResponse<String> toLogin = get("/operator/", OVER_HTTPS);
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.headers().firstValue("Location")).as("the redirect keeps the browser on https")
                .hasValueSatisfying(location -> assertThat(location).startsWith("https://"));

        HttpResponse<String> secureLogin = logIn(OVER_HTTPS);
        assertThat(signOnCookie(secureLogin)).as("sign-on cookie over https").hasValueSatisfying(cookie ->
                assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
        assertThat(signOnCookie(logIn(Map.of()))).as("no sign-on cookie for a login over plain HTTP").isEmpty();

        HttpResponse<String> adminLogin = get("/admin/login.xhtml", OVER_HTTPS);
        assertThat(adminLogin.headers().allValues("Set-Cookie")).as("the login page's session cookie")
                .filteredOn(cookie -> cookie.startsWith("CLBCHAT_ADMIN_SESSION=")).singleElement().asString()
                .containsIgnoringCase("Secure");

        // A page of the site itself, seen by the browser as https://…, may still change things.
        String origin = "https://" + ItServer.uri("/").getRawAuthority();
        HttpResponse<String> sameSite = send(HttpRequest.newBuilder(ItServer.uri("/api/lines/clbchat/exceptions"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("demo-coordinator:demo-coordinator".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString("{}")), OVER_HTTPS);
        assertThat(sameSite.statusCode()).as(sameSite.body()).isEqualTo(400);
        assertThat(sameSite.body()).doesNotContain("cross-origin");
    }

    /** As a browser does: the console sends it to the login page (remembering where it was going), then the form. */
    private static HttpResponse<String> logIn(Map<String, String> forwarded) throws IOException, InterruptedException {
        HttpResponse<String> protectedPage = get("/operator/", forwarded);
        // Behind TLS, a plain-HTTP visit does not even get this cookie (it is Secure too): the form then stands alone.
        String remembered = protectedPage.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("WASReqURL=")).map(cookie -> cookie.split(";", 2)[0])
                .findFirst().orElse("WASReqURL=");
        String form = "j_username=" + URLEncoder.encode("demo-operator", StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode("demo-operator", StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(ItServer.uri("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", remembered)
                .POST(HttpRequest.BodyPublishers.ofString(form)), forwarded);
    }

    private static Optional<String> signOnCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(cookie -> cookie.startsWith("CLBCHAT_SSO=")
                && !cookie.startsWith("CLBCHAT_SSO=;") && !cookie.startsWith("CLBCHAT_SSO=\"\"")).findFirst();
    }

    private static HttpResponse<String> get(String path, Map<String, String> forwarded)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(ItServer.uri(path)).GET(), forwarded);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> forwarded)
            throws IOException, InterruptedException {
        forwarded.forEach(request::header);
        return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
