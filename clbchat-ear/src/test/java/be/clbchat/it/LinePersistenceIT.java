package be.clbchat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.clbchat.domain.line.Line;
import be.clbchat.domain.line.LineRepository;
import be.clbchat.infrastructure.persistence.JpaLineRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the integration-test Liberty server: the real JPA mapping and repository against the real
 * MariaDB schema that Flyway migrated, each step in its own transaction. (JUnit assertions only: the test
 * archive carries no assertion library.)
 */
@ExtendWith(ArquillianExtension.class)
class LinePersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "line-persistence-it.war")
                .addClasses(Line.class, LineRepository.class, JpaLineRepository.class, Transactions.class,
                        LinePersistenceIT.class)
                .addAsResource("arquillian/persistence.xml", "META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    /** Each call is one transaction, so what is read back comes from the database, not from a cache. */
    @ApplicationScoped
    @Transactional
    public static class Transactions {

        @Inject
        LineRepository lines;

        public void add(Line line) {
            lines.add(line);
        }

        public Optional<Line> find(String code) {
            return lines.find(code);
        }

        public void remove(String code) {
            lines.find(code).ifPresent(line -> lines.remove(line));
        }
    }

    @Inject
    Transactions transactions;

    @Test
    void aNewLineIsStoredAndReadBackWithItsNameAndTimeZone() {
        String code = "arq-" + UUID.randomUUID().toString().substring(0, 8);
        transactions.add(new Line(code, "Chat met je CLB (test)", ZoneId.of("Europe/Brussels")));
        try {
            Line stored = transactions.find(code).orElseThrow(() -> new AssertionError("not stored: " + code));

            assertEquals("Chat met je CLB (test)", stored.name());
            assertEquals(ZoneId.of("Europe/Brussels"), stored.timeZone());
        } finally {
            transactions.remove(code);
        }
        assertTrue(transactions.find(code).isEmpty(), "removed again");
    }

    @Test
    void theMigratedClbchatLineIsThere() {
        assertEquals("CLBch@t", transactions.find("clbchat").map(Line::name).orElse("(missing)"));
    }
}
