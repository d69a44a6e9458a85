package be.clbchat.load;

/**
 * The knobs of one benchmark run, read from system properties, e.g. {@code -Dchats=500} on the Maven command line.
 *
 * @param chats             concurrent chats (= visitor users; as many echo users run beside them)
 * @param operators         operator users sharing the chats
 * @param messagesPerChat   messages each visitor (and each echo user) sends
 * @param pauseMs           pause after each answered message; the server allows a burst of 8, then 2 a second
 * @param textLength        characters per message text, the same for chat and echo
 * @param rampSeconds       visitors and echo users arrive evenly over this time
 * @param headStartSeconds  operators log in and go available this long before the first visitor arrives
 * @param acceptTimeoutSeconds how long a visitor waits for an operator before giving up
 * @param ackTimeoutSeconds how long a sender waits for the ack (or the echo) of one message
 */
record LoadSettings(int chats, int operators, int messagesPerChat, long pauseMs, int textLength, int rampSeconds,
                    int headStartSeconds, int acceptTimeoutSeconds, int ackTimeoutSeconds, String baseUrl,
                    String operatorPassword, String dbUrl, String dbUser, String dbPassword) {

    static final String LINE = "clbchat";
    /** Only on the embedded demo database; its password hash is copied to the load operators. */
    static final String DEMO_OPERATOR = "demo-operator";
    static final String COORDINATOR = "demo-coordinator";
    static final String COORDINATOR_PASSWORD = "demo-coordinator";

    LoadSettings {
        if (chats < 1 || operators < 1 || messagesPerChat < 1 || pauseMs < 0 || textLength < 40 || textLength > 2000
                || rampSeconds < 0 || headStartSeconds < 0 || acceptTimeoutSeconds < 1 || ackTimeoutSeconds < 1) {
            throw new IllegalArgumentException("Impossible load settings: chats=" + chats + ", operators=" + operators
                    + ", messagesPerChat=" + messagesPerChat + ", pauseMs=" + pauseMs + ", textLength=" + textLength
                    + " (40-2000), rampSeconds=" + rampSeconds + ", headStartSeconds=" + headStartSeconds
                    + ", acceptTimeoutSeconds=" + acceptTimeoutSeconds + ", ackTimeoutSeconds=" + ackTimeoutSeconds);
        }
        baseUrl = baseUrl.replaceAll("/+$", "");
    }

    static LoadSettings fromSystemProperties() {
        int chats = Integer.getInteger("chats", 100);
        return new LoadSettings(
                chats,
                // One operator per 50 chats: few enough that CLBCHAT_OPERATOR_MAX_CHATS must be raised.
                Integer.getInteger("operators", (chats + 49) / 50),
                Integer.getInteger("messagesPerChat", 20),
                Long.getLong("pauseMs", 1000),
                Integer.getInteger("textLength", 100),
                Integer.getInteger("rampSeconds", 20),
                Integer.getInteger("headStartSeconds", 10),
                Integer.getInteger("acceptTimeoutSeconds", 60),
                Integer.getInteger("ackTimeoutSeconds", 10),
                System.getProperty("baseUrl", "http://127.0.0.1:9080"),
                System.getProperty("operatorPassword", DEMO_OPERATOR),
                System.getProperty("dbUrl", "jdbc:mariadb://127.0.0.1:3307/clbchat"),
                System.getProperty("dbUser", "clbchat"),
                java.util.Optional.ofNullable(System.getProperty("dbPassword"))
                        .orElseGet(LoadSettings::embeddedPassword));
    }

    /**
     * The embedded database's password, as the server made it: read from {@code mariadb-password} in its data folder
     * ({@code -DdbDataDir}, by default {@code ~/.clbchat}), so that it is on no command line.
     */
    private static String embeddedPassword() {
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("dbDataDir",
                System.getProperty("user.home") + "/.clbchat"), "mariadb-password");
        try {
            return java.nio.file.Files.readString(file).strip();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read the embedded database's password " + file
                    + " (give -DdbDataDir, or -DdbPassword for another database)", e);
        }
    }

    String wsBaseUrl() {
        return baseUrl.replaceFirst("^http", "ws");
    }

    static String operatorUsername(int number) {
        return "load-op-" + number;
    }

    /** How long a visitor's messages take at most: every message waiting its full ack timeout. */
    long worstMessagingMillis() {
        return messagesPerChat * (pauseMs + ackTimeoutSeconds * 1000L);
    }

    @Override
    public String toString() {
        // Never the passwords.
        return "chats=" + chats + ", operators=" + operators + ", messagesPerChat=" + messagesPerChat + ", pauseMs="
                + pauseMs + ", textLength=" + textLength + ", rampSeconds=" + rampSeconds + ", headStartSeconds="
                + headStartSeconds + ", acceptTimeoutSeconds=" + acceptTimeoutSeconds + ", ackTimeoutSeconds="
                + ackTimeoutSeconds + ", baseUrl=" + baseUrl + ", dbUrl=" + dbUrl;
    }
}
