package be.clbchat.infrastructure.persistence;

import be.clbchat.domain.line.TeamMember;
import be.clbchat.domain.line.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

@ApplicationScoped
public class JpaTeamRepository implements TeamRepository {

    @PersistenceContext(unitName = "clbchat")
    private EntityManager em;

    @Override
    public List<String> members(String line) {
        return em.createNamedQuery(TeamMember.OF_LINE, TeamMember.class).setParameter("line", line).getResultList()
                .stream().map(TeamMember::username).toList();
    }

    @Override
    public Map<String, Set<String>> linesOf(Collection<String> usernames) {
        Map<String, Set<String>> lines = new HashMap<>();
        if (usernames.isEmpty()) {
            return lines;
        }
        for (TeamMember member : em.createNamedQuery(TeamMember.OF_USERS, TeamMember.class)
                .setParameter("users", List.copyOf(usernames)).getResultList()) {
            lines.computeIfAbsent(member.username(), key -> new TreeSet<>()).add(member.lineCode());
        }
        return lines;
    }

    @Override
    public Set<String> linesOf(String username) {
        return linesOf(List.of(username)).getOrDefault(username, Set.of());
    }

    @Override
    public void replace(String line, Set<String> usernames, String by, Instant at) {
        List<TeamMember> current = em.createNamedQuery(TeamMember.OF_LINE, TeamMember.class)
                .setParameter("line", line).getResultList();
        for (TeamMember member : current) {
            if (!usernames.contains(member.username())) {
                em.remove(member);
            }
        }
        Set<String> present = new TreeSet<>(current.stream().map(TeamMember::username).toList());
        for (String username : usernames) {
            if (!present.contains(username)) {
                em.persist(new TeamMember(line, username, by, at));
            }
        }
    }

    @Override
    public void add(String line, String username, String by, Instant at) {
        if (em.find(TeamMember.class, new TeamMember.Key(line, username)) == null) {
            em.persist(new TeamMember(line, username, by, at));
        }
    }

    @Override
    public void remove(String line, String username) {
        TeamMember member = em.find(TeamMember.class, new TeamMember.Key(line, username));
        if (member != null) {
            em.remove(member);
        }
    }
}
