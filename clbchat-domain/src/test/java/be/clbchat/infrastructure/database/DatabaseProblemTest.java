package be.clbchat.infrastructure.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseProblemTest {

    @Test
    void theDeepestSqlCauseSaysWhatIsWrong() {
        SQLException denied = new SQLException("(conn=12) Access denied for user 'clbchat'@'localhost'\n(using password: YES)");
        RuntimeException wrapped = new IllegalStateException("Unable to obtain connection from database",
                new SQLException("J2CA0045E: Connection not available", denied));

        assertThat(DatabaseProblem.describe(wrapped))
                .isEqualTo("Access denied for user 'clbchat'@'localhost' (using password: YES)");
    }

    @Test
    void theSameCauseOnAnotherConnectionReadsTheSame() {
        assertThat(DatabaseProblem.describe(new SQLException("(conn=4) Access denied")))
                .isEqualTo(DatabaseProblem.describe(new SQLException("(conn=5) Access denied")));
    }

    @Test
    void withoutSqlCauseTheInnermostCauseIsUsed() {
        RuntimeException failure = new RuntimeException("outer", new java.net.ConnectException("Connection refused"));
        assertThat(DatabaseProblem.describe(failure)).isEqualTo("Connection refused");
    }

    @Test
    void aCauseWithoutMessageIsNamedByItsType() {
        assertThat(DatabaseProblem.describe(new IllegalStateException())).isEqualTo("IllegalStateException");
    }
}
