package be.clbchat.infrastructure.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * A secret the server keeps in a file of its own (the embedded database's password, the pseudonym secret): readable
 * by the owner only where the file system allows it, and never seen half-written — it is written whole beside its
 * place, owner-only from the start, then moved in.
 */
public final class SecretFile {

    private SecretFile() {
    }

    /** The secret in {@code file}, stripped; empty when there is no such file (or it holds nothing). */
    public static Optional<String> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
        return secret.isEmpty() ? Optional.empty() : Optional.of(secret);
    }

    /**
     * Writes {@code secret} to {@code file}. With {@code replace} false an existing file is kept (another start made it
     * first) and {@code false} is answered.
     */
    public static boolean write(Path file, String secret, boolean replace) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        Path draft;
        try {
            draft = Files.createTempFile(folder, name, ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            draft = Files.createTempFile(folder, name, ".new"); // Windows: the folder's rights
        }
        try {
            Files.writeString(draft, secret, StandardCharsets.US_ASCII);
            if (replace) {
                Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return true;
            }
            if (Files.exists(file)) {
                return false;
            }
            try {
                Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
                return true;
            } catch (FileAlreadyExistsException raced) {
                return false;
            }
        } finally {
            Files.deleteIfExists(draft);
        }
    }
}
