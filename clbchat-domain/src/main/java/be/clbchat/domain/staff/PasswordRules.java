package be.clbchat.domain.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * What a staff password must be (OWASP ASVS 2.1): at least {@value #MINIMUM_LENGTH} characters, at most
 * {@value #MAXIMUM_LENGTH}, not the username, and not one of the 43,940 passwords of 12 characters or more in the
 * OWASP SecLists list of a million leaked passwords (shipped with the application; see common-passwords.NOTICE) — no
 * rules about digits or capitals, which only make passwords harder to remember. The demo accounts are made without
 * these rules, in demo mode only.
 */
public final class PasswordRules {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 200;
    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /** What is wrong with this password for this username, in Dutch; empty when it may be used. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return Optional.of("Een wachtwoord heeft minstens " + MINIMUM_LENGTH + " tekens.");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of("Een wachtwoord heeft hoogstens " + MAXIMUM_LENGTH + " tekens.");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of("Je wachtwoord mag niet je gebruikersnaam zijn.");
        }
        if (isCommon(password)) {
            return Optional.of("Dit wachtwoord staat op een lijst van veelgebruikte (gelekte) wachtwoorden. "
                    + "Kies een ander, bv. een zin van een paar woorden.");
        }
        return Optional.empty();
    }

    static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        try (InputStream raw = PasswordRules.class.getResourceAsStream("common-passwords.txt.gz")) {
            if (raw == null) {
                throw new IllegalStateException("common-passwords.txt.gz is missing from the application");
            }
            Set<String> common = new HashSet<>(65_536);
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    common.add(line);
                }
            }
            return Set.copyOf(common);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
