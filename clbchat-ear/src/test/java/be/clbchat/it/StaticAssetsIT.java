package be.clbchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
}
