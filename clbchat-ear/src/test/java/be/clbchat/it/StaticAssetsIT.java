package be.clbchat.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a phone on weak Wi-Fi downloads: the chat page's text compressed, its versioned stylesheets and scripts kept a
 * year, the page itself and imported modules checked with a 304 instead of sent again. (The sizes are measured by
 * scripts/measure-page-weight.py; docs/performance.md has the figures.)
 */
class StaticAssetsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(ItServer.uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theChatPageIsCompressedAndCheckedAndItsVersionedFilesAreKept() throws Exception {
        HttpResponse<byte[]> page = get("/chat.html", "Accept-Encoding", "gzip");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).as("sent compressed").hasValue("gzip");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        String html = new String(HTTP.send(HttpRequest.newBuilder(ItServer.uri("/chat.html")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        Matcher css = Pattern.compile("href=\"(css/chat\\.css\\?v=\\d{14})\"").matcher(html);
        assertThat(css.find()).as("the stylesheet's address carries the build's version").isTrue();
        assertThat(html).containsPattern("src=\"js/chat\\.js\\?v=\\d{14}\"")
                .containsPattern("href=\"/css/site\\.css\\?v=\\d{14}\"");

        HttpResponse<byte[]> stylesheet = get("/" + css.group(1), "Accept-Encoding", "gzip");
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(stylesheet.headers().firstValue("Content-Encoding")).hasValue("gzip");

        HttpResponse<byte[]> module = get("/js/socket-client.js", "Accept-Encoding", "gzip");
        assertThat(module.headers().firstValue("Cache-Control")).as("imported without a version: checked")
                .hasValue("no-cache");
        assertThat(module.headers().firstValue("Content-Encoding")).as("%s", module.headers().map()).hasValue("gzip");

        String[] validator = page.headers().firstValue("ETag").map(tag -> new String[] {"If-None-Match", tag})
                .orElseGet(() -> new String[] {"If-Modified-Since", page.headers().firstValue("Last-Modified")
                        .orElseThrow()});
        HttpResponse<byte[]> again = get("/chat.html", "Accept-Encoding", "gzip", validator[0], validator[1]);
        assertThat(again.statusCode()).as("unchanged: not sent again").isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void scriptsAreServedWithoutTheirCommentsAndFilesCarryAShortPolicyOfTheirOwn() throws Exception {
        String served = new String(get("/js/socket-client.js").body(), UTF_8);
        String source = Files.readString(Path.of(
                "../clbchat-web/src/main/webapp/js/socket-client.js"));
        assertThat(source).as("the source explains itself").contains("/**");
        assertThat(served).as("what a phone downloads does not").doesNotContain("/**").doesNotContain("\n    ")
                .contains("export class SocketClient");
        assertThat(served.length()).isLessThan(source.length() * 2 / 3);
        String chat = new String(get("/js/chat.js").body(), UTF_8);
        assertThat(chat).as("imports stay as written: the browser loads the modules one by one")
                .contains("from\"./socket-client.js\"");

        HttpResponse<byte[]> script = get("/js/chat.js");
        assertThat(script.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'");
        assertThat(script.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(script.headers().firstValue("Content-Language")).isEmpty();
        HttpResponse<byte[]> page = get("/chat.html");
        assertThat(page.headers().firstValue("Content-Security-Policy")).as("the page keeps its own policy")
                .hasValueSatisfying(policy -> assertThat(policy).contains("script-src 'self'")
                        .contains("connect-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }
}
