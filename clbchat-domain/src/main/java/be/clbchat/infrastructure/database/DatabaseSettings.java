package be.clbchat.infrastructure.database;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;
import org.eclipse.microprofile.config.Config;

/**
 * Where the data live. Without {@code DB_URL} the server variable falls back to the embedded database's URL
 * (see liberty/server.xml); the application then starts that embedded MariaDB itself. With an explicit
 * {@code DB_URL} the embedded database is never started and demo data are never written.
 *
 * @param jdbcUrl     the URL the datasource uses
 * @param embedded    whether that URL is the embedded database's
 * @param dataRoot    folder of the embedded database (binaries and data), kept across restarts;
 *                    {@code ~/.clbchat} unless {@code CLBCHAT_DATA_DIR} says otherwise
 * @param port        TCP port of the embedded database on 127.0.0.1
 * @param demo        whether demo accounts are seeded: only in embedded mode, and only while the server listens on a
 *                    loopback address ({@code CLBCHAT_HOST}), where nobody else can reach the accounts README lists
 */
public record DatabaseSettings(String jdbcUrl, boolean embedded, Path dataRoot, int port, boolean demo) {

    static final String DB_URL = "DB_URL";
    static final String EMBEDDED_URL = "clbchat.embeddedDbUrl";
    static final String DATA_DIR = "CLBCHAT_DATA_DIR";
    static final String EMBEDDED_PORT = "CLBCHAT_EMBEDDED_DB_PORT";
    static final String DEMO = "CLBCHAT_DEMO";
    static final String HOST = "CLBCHAT_HOST";

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(dataRoot, "dataRoot");
        demo = embedded && demo;
    }

    public static DatabaseSettings from(Config config) {
        String embeddedUrl = config.getValue(EMBEDDED_URL, String.class);
        String url = config.getOptionalValue(DB_URL, String.class).orElse(embeddedUrl);
        return new DatabaseSettings(url,
                url.equals(embeddedUrl),
                config.getOptionalValue(DATA_DIR, String.class).map(Path::of)
                        .orElseGet(() -> Path.of(System.getProperty("user.home"), ".clbchat")),
                config.getValue(EMBEDDED_PORT, Integer.class),
                config.getOptionalValue(DEMO, Boolean.class).orElse(true)
                        && onLoopback(config.getOptionalValue(HOST, String.class).orElse("127.0.0.1")));
    }

    /** Whether the server listening on {@code host} can be reached from this machine only. */
    static boolean onLoopback(String host) {
        String name = host.strip();
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.isEmpty() || name.equals("*")) {
            return false;
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(name);
            return addresses.length > 0 && java.util.Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException unknown) {
            return false;
        }
    }

    /** Whether the URL bounds how long a read from the database may wait ({@code socketTimeout}). */
    public boolean hasSocketTimeout() {
        int parameters = jdbcUrl.indexOf('?');
        return parameters >= 0 && java.util.Arrays.stream(jdbcUrl.substring(parameters + 1).split("&"))
                .anyMatch(parameter -> parameter.regionMatches(true, 0, "socketTimeout=", 0, 14)
                        && parameter.length() > 14 && !parameter.substring(14).equals("0"));
    }

    /** The URL without user information or parameters, safe to log. */
    public String describedUrl() {
        int parameters = jdbcUrl.indexOf('?');
        return parameters < 0 ? jdbcUrl : jdbcUrl.substring(0, parameters);
    }
}
