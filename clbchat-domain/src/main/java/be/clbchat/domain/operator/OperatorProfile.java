package be.clbchat.domain.operator;

import be.clbchat.domain.clb.ClbNetwork;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the coordination team knows of an operator: the real name (never shown to visitors), profession, home CLB and
 * its network, whether they take shifts now, how many shifts a month they wish, and since when they are trained.
 */
public record OperatorProfile(String realName, Discipline discipline, String homeClb, ClbNetwork network,
                              boolean active, int wishedShiftsPerMonth, LocalDate trainedSince) {

    public static final int MAX_WISH = 31;

    public OperatorProfile {
        realName = realName == null ? null : realName.strip();
        homeClb = homeClb == null ? null : homeClb.strip();
    }

    /** An operator who was never described: not yet planned. */
    public static OperatorProfile unknown() {
        return new OperatorProfile(null, null, null, null, true, 0, null);
    }

    public boolean medical() {
        return discipline != null && discipline.medical();
    }

    /** What is wrong, per field; empty when the profile can be saved. */
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (realName == null || realName.isEmpty() || realName.length() > 120) {
            problems.put("realName", "Vul de echte naam in (hoogstens 120 tekens); bezoekers zien die nooit.");
        }
        if (discipline == null) {
            problems.put("discipline", "Kies een discipline.");
        }
        if (homeClb == null || homeClb.isEmpty() || homeClb.length() > 120) {
            problems.put("homeClb", "Vul het CLB in waar deze operator werkt (hoogstens 120 tekens).");
        }
        if (network == null) {
            problems.put("network", "Kies het net van dat CLB.");
        }
        if (wishedShiftsPerMonth < 0 || wishedShiftsPerMonth > MAX_WISH) {
            problems.put("wishedShiftsPerMonth", "Het gewenste aantal shifts per maand ligt tussen 0 en " + MAX_WISH + ".");
        }
        if (trainedSince != null && (trainedSince.isAfter(today) || trainedSince.getYear() < 2000)) {
            problems.put("trainedSince", "De opleidingsdatum ligt tussen 2000 en vandaag.");
        }
        return problems;
    }
}
