package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.opening.OpeningException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** The stored form of an {@link OpeningException}, with who entered it and when. */
@Entity
@Table(name = "opening_exception")
@NamedQuery(name = JpaOpeningException.FOR_LINE,
        query = "SELECT e FROM JpaOpeningException e WHERE e.lineCode = :line ORDER BY e.start")
public class JpaOpeningException {

    static final String FOR_LINE = "JpaOpeningException.forLine";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "line_code", nullable = false, length = 40)
    private String lineCode;

    @Column(name = "start_at", nullable = false)
    private Instant start;

    @Column(name = "end_at", nullable = false)
    private Instant end;

    @Column(name = "kind", nullable = false, length = 10)
    private String kind;

    @Column(name = "reason", nullable = false, length = 200)
    private String reason;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected JpaOpeningException() {
        // for JPA
    }

    JpaOpeningException(String lineCode, OpeningException exception, String createdBy, Instant createdAt) {
        this.lineCode = lineCode;
        this.start = exception.start();
        this.end = exception.end();
        this.kind = exception.kind().name().toLowerCase(Locale.ROOT);
        this.reason = exception.reason();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    String lineCode() {
        return lineCode;
    }

    OpeningException toException() {
        return new OpeningException(id, start, end, OpeningException.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), reason);
    }
}
