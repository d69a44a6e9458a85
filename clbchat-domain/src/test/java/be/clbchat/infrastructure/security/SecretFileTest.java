package be.clbchat.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFileTest {

    @TempDir
    Path folder;

    @Test
    void aSecretIsWrittenOwnerOnlyAndReadBackWithoutItsLineEnd() throws Exception {
        Path file = folder.resolve("sub/mariadb-password");
        assertThat(SecretFile.read(file)).isEmpty();

        assertThat(SecretFile.write(file, "s3cret", false)).isTrue();

        assertThat(SecretFile.read(file)).contains("s3cret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Files.writeString(file, "s3cret\n");
        assertThat(SecretFile.read(file)).contains("s3cret");
    }

    @Test
    void anExistingSecretIsKeptUnlessReplacingIsAskedForAndNoDraftIsLeftBehind() throws Exception {
        Path file = folder.resolve("pseudonym-secret");
        SecretFile.write(file, "first", false);

        assertThat(SecretFile.write(file, "second", false)).isFalse();
        assertThat(SecretFile.read(file)).contains("first");
        assertThat(SecretFile.write(file, "third", true)).isTrue();
        assertThat(SecretFile.read(file)).contains("third");
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("pseudonym-secret");
        }
    }

    @Test
    void anEmptyFileHoldsNoSecret() throws Exception {
        Path file = folder.resolve("empty");
        Files.writeString(file, " \n");
        assertThat(SecretFile.read(file)).isEmpty();
    }
}
