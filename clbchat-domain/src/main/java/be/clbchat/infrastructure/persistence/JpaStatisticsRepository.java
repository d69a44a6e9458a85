package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.chat.DeviceClass;
import be.clbchat.domain.chat.EndReason;
import be.clbchat.domain.chat.FoundVia;
import be.clbchat.domain.chat.Gender;
import be.clbchat.domain.opening.SchoolYear;
import be.clbchat.domain.operator.Discipline;
import be.clbchat.domain.registration.ClientType;
import be.clbchat.domain.registration.Outcome;
import be.clbchat.domain.statistics.ChatFact;
import be.clbchat.domain.statistics.PastYear;
import be.clbchat.domain.statistics.StatisticsRepository;
import be.clbchat.domain.statistics.YearTotal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The statistics' reads, in plain SQL: one query for a period's facts (themes and outcomes folded in with
 * GROUP_CONCAT), one for the totals of every school year. A chat's school year is that of its moment in Brussels
 * time; on 1 September Brussels is always on summer time (UTC+2), which is all the year boundary needs.
 */
@ApplicationScoped
public class JpaStatisticsRepository implements StatisticsRepository {

    /** Answered and not rejected as a fake call by the coordinators. */
    private static final String FAKE = "(COALESCE(r.suspected_fake, FALSE) AND COALESCE(m.state, '') <> 'REJECTED')";
    private static final String GROUP = "COALESCE(r.client_type, c.visitor_role)";
    /** A chat counts once: with the registration of its last part (the only one, unless it was handed over). */
    private static final String FROM = " FROM chat c LEFT JOIN chat_registration r ON r.chat_id = c.id"
            + " AND r.part = (SELECT MAX(r2.part) FROM chat_registration r2 WHERE r2.chat_id = c.id)"
            + " LEFT JOIN fake_call_mark m ON m.chat_id = c.id";

    @PersistenceContext(unitName = "clbchat")
    private EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<ChatFact> facts(Instant start, Instant end, Optional<Collection<String>> lines) {
        if (lines.filter(Collection::isEmpty).isPresent()) {
            return List.of();
        }
        String sql = "SELECT c.line_code, b.clb_code, c.queued_at, c.accepted_at, c.ended_at, " + GROUP + ", c.age,"
                + " c.gender, c.device, c.rating_stars, c.found_via, c.end_reason, c.operator_username,"
                + " r.chat_id IS NOT NULL, " + FAKE + ","
                + " (SELECT GROUP_CONCAT(DISTINCT t.theme_code) FROM chat_registration_theme t WHERE t.chat_id = c.id),"
                + " (SELECT GROUP_CONCAT(DISTINCT o.outcome) FROM chat_registration_outcome o WHERE o.chat_id = c.id)"
                + FROM + " LEFT JOIN box b ON b.line_code = c.line_code"
                + " WHERE c.queued_at >= ?1 AND c.queued_at < ?2 AND c.accepted_at IS NOT NULL" + lineFilter(lines, 3);
        Query query = em.createNativeQuery(sql).setParameter(1, Timestamp.from(start))
                .setParameter(2, Timestamp.from(end));
        bindLines(query, lines, 3);
        List<Object[]> rows = query.getResultList();
        List<ChatFact> facts = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            boolean registered = truth(row[13]);
            Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
            split(row[16]).forEach(outcome -> outcomes.add(Outcome.valueOf(outcome)));
            EndReason ended = row[11] == null ? null : EndReason.valueOf((String) row[11]);
            boolean aborted = registered ? outcomes.contains(Outcome.ABORTED) : ended == EndReason.SUDDENLY_ABORTED;
            facts.add(new ChatFact((String) row[0], Optional.ofNullable((String) row[1]), instant(row[2]),
                    instant(row[3]), Optional.ofNullable(row[4]).map(JpaStatisticsRepository::instant),
                    ClientType.valueOf((String) row[5]), Optional.ofNullable(row[6]).map(n -> ((Number) n).intValue()),
                    Optional.ofNullable((String) row[7]).map(Gender::valueOf),
                    Optional.ofNullable((String) row[8]).map(DeviceClass::valueOf),
                    Optional.ofNullable(row[9]).map(n -> ((Number) n).intValue()),
                    Optional.ofNullable((String) row[10]).map(FoundVia::valueOf), aborted, truth(row[14]),
                    (String) row[12], Set.copyOf(split(row[15])), outcomes));
        }
        return facts;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<YearTotal> yearTotals(Instant end, Optional<Collection<String>> lines, Optional<String> theme) {
        if (lines.filter(Collection::isEmpty).isPresent()) {
            return List.of();
        }
        int firstLine = theme.isPresent() ? 3 : 2;
        String sql = "SELECT YEAR(DATE_SUB(DATE_ADD(c.queued_at, INTERVAL 2 HOUR), INTERVAL 8 MONTH)) AS y,"
                + " COUNT(*), SUM(" + GROUP + " = 'PUPIL'), SUM(" + GROUP + " = 'PARENT'), SUM(" + FAKE + "),"
                + (theme.isPresent() ? " SUM(EXISTS (SELECT 1 FROM chat_registration_theme t WHERE t.chat_id = c.id"
                        + " AND t.theme_code = ?2))" : " NULL")
                + FROM + " WHERE c.queued_at < ?1 AND c.accepted_at IS NOT NULL" + lineFilter(lines, firstLine)
                + " GROUP BY y ORDER BY y";
        Query query = em.createNativeQuery(sql).setParameter(1, Timestamp.from(end));
        theme.ifPresent(code -> query.setParameter(2, code));
        bindLines(query, lines, firstLine);
        List<YearTotal> totals = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            totals.add(YearTotal.counted(new SchoolYear(((Number) row[0]).intValue()), number(row[1]),
                    number(row[2]), number(row[3]), number(row[4]),
                    theme.isPresent() ? OptionalLong.of(number(row[5])) : OptionalLong.empty()));
        }
        return totals;
    }

    @Override
    public long centresWithABoxOpen(Instant start, Instant end, Optional<Collection<String>> lines) {
        if (lines.filter(Collection::isEmpty).isPresent()) {
            return 0;
        }
        Query query = em.createNativeQuery("SELECT COUNT(DISTINCT b.clb_code) FROM box b WHERE b.state <> 'DRAFT'"
                + " AND EXISTS (SELECT 1 FROM box_window w WHERE w.line_code = b.line_code AND w.start_at < ?2"
                + " AND w.end_at > ?1)" + lineFilter(lines, 3).replace("c.line_code", "b.line_code"))
                .setParameter(1, Timestamp.from(start)).setParameter(2, Timestamp.from(end));
        bindLines(query, lines, 3);
        return number(query.getSingleResult());
    }

    @Override
    public be.clbchat.domain.statistics.Figures.Chatscans chatscans(Instant start, Instant end,
                                                                    Optional<Collection<String>> lines) {
        if (lines.filter(Collection::isEmpty).isPresent()) {
            return be.clbchat.domain.statistics.Figures.Chatscans.NONE;
        }
        Query query = em.createNativeQuery("SELECT COUNT(*), COUNT(DISTINCT s.operator_username) FROM chatscan s"
                + " WHERE s.state IN ('SENT', 'ANSWERED') AND s.sent_at >= ?1 AND s.sent_at < ?2"
                + lineFilter(lines, 3).replace("c.line_code", "s.line_code"))
                .setParameter(1, Timestamp.from(start)).setParameter(2, Timestamp.from(end));
        bindLines(query, lines, 3);
        Object[] row = (Object[]) query.getSingleResult();
        return new be.clbchat.domain.statistics.Figures.Chatscans(number(row[0]), number(row[1]));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Discipline> disciplines() {
        Map<String, Discipline> disciplines = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(
                "SELECT username, discipline FROM operator WHERE discipline IS NOT NULL").getResultList()) {
            disciplines.put((String) row[0], Discipline.valueOf((String) row[1]));
        }
        return disciplines;
    }

    @Override
    public Waits waits(Instant start, Instant end, Optional<Collection<String>> lines) {
        if (lines.filter(Collection::isEmpty).isPresent()) {
            return new Waits(0, 0);
        }
        Query query = em.createNativeQuery("SELECT COUNT(*),"
                        + " COALESCE(SUM(TIMESTAMPDIFF(MICROSECOND, c.queued_at, c.accepted_at)), 0) / 1000000"
                        + " FROM chat c WHERE c.queued_at >= ?1 AND c.queued_at < ?2 AND c.accepted_at IS NOT NULL"
                        + lineFilter(lines, 3))
                .setParameter(1, Timestamp.from(start)).setParameter(2, Timestamp.from(end));
        bindLines(query, lines, 3);
        Object[] row = (Object[]) query.getSingleResult();
        return new Waits(number(row[0]), ((Number) row[1]).doubleValue());
    }

    @Override
    public List<PastYear> pastYears() {
        return em.createNamedQuery(PastYear.ALL, PastYear.class).getResultList();
    }

    @Override
    public Optional<PastYear> pastYear(int startYear) {
        return Optional.ofNullable(em.find(PastYear.class, startYear));
    }

    @Override
    public void add(PastYear year) {
        em.persist(year);
    }

    @Override
    public void remove(PastYear year) {
        em.remove(year);
    }

    private static String lineFilter(Optional<Collection<String>> lines, int first) {
        if (lines.isEmpty()) {
            return "";
        }
        int size = lines.get().size();
        return " AND c.line_code IN (" + java.util.stream.IntStream.range(first, first + size)
                .mapToObj(i -> "?" + i).collect(Collectors.joining(", ")) + ")";
    }

    private static void bindLines(Query query, Optional<Collection<String>> lines, int first) {
        int position = first;
        for (String line : lines.orElse(List.of())) {
            query.setParameter(position++, line);
        }
    }

    private static List<String> split(Object concatenated) {
        return concatenated == null ? List.of() : Arrays.asList(((String) concatenated).split(","));
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : ((java.time.LocalDateTime) value)
                .toInstant(java.time.ZoneOffset.UTC);
    }
}
