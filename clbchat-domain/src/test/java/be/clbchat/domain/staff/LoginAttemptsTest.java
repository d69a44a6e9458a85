package be.clbchat.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

    static final Instant NOW = Instant.parse("2026-12-02T19:00:00Z");

    @Test
    void fiveWrongPasswordsLockTheUsernameForAQuarterOfAnHourWhateverComesNext() {
        LoginAttempts attempts = new LoginAttempts();
        for (int i = 0; i < 4; i++) {
            attempts.failed("sam", "a", NOW.plusSeconds(i));
        }
        assertThat(attempts.lockedUntil("sam", "a", NOW.plusSeconds(4))).isEmpty();
        attempts.failed("sam", "a", NOW.plusSeconds(4));
        assertThat(attempts.lockedUntil("SAM ", "b", NOW.plusSeconds(5))).as("the username, from anywhere")
                .contains(NOW.plusSeconds(4).plus(LoginAttempts.LOCK));
        assertThat(attempts.lockedUntil("lou", "a", NOW.plusSeconds(5))).as("not a colleague at the same desk")
                .isEmpty();
        assertThat(attempts.lockedUntil("sam", "a", NOW.plusSeconds(4).plus(LoginAttempts.LOCK))).as("over")
                .isEmpty();
    }

    @Test
    void failuresOutsideTheWindowDoNotCountAndARightPasswordForgetsThem() {
        LoginAttempts attempts = new LoginAttempts();
        for (int i = 0; i < 4; i++) {
            attempts.failed("sam", "a", NOW);
        }
        attempts.failed("sam", "a", NOW.plus(LoginAttempts.WINDOW));
        assertThat(attempts.lockedUntil("sam", "a", NOW.plus(LoginAttempts.WINDOW))).as("four old, one new").isEmpty();

        for (int i = 0; i < 3; i++) {
            attempts.failed("lou", "a", NOW);
        }
        attempts.succeeded("lou");
        attempts.failed("lou", "a", NOW);
        attempts.failed("lou", "a", NOW);
        assertThat(attempts.lockedUntil("lou", "a", NOW)).isEmpty();
    }

    @Test
    void aSourceGuessingAcrossManyUsernamesIsLocked() {
        LoginAttempts attempts = new LoginAttempts();
        for (int i = 0; i < LoginAttempts.SOURCE_FAILURES - 1; i++) {
            attempts.failed("user" + i, "bot", NOW);
        }
        assertThat(attempts.lockedUntil("fresh", "bot", NOW)).isEmpty();
        attempts.failed("one-more", "bot", NOW);
        assertThat(attempts.lockedUntil("fresh", "bot", NOW)).as("any username from that source")
                .contains(NOW.plus(LoginAttempts.LOCK));
        assertThat(attempts.lockedUntil("fresh", "office", NOW)).isEmpty();
    }
}
