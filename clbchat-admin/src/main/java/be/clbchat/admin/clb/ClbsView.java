package be.clbchat.admin.clb;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.box.BoxService;
import be.clbchat.application.clb.ClbService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.clb.Clb;
import be.clbchat.domain.clb.ClbNetwork;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CLBs for the coordination team: a table with each CLB's boxes (how many open now) and chats, a form to add or
 * change one, and an import from CSV that reports row by row and saves nothing when a row is wrong.
 */
@Named
@ViewScoped
public class ClbsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row of the table. */
    public record Row(String code, String name, String network, String municipality, String contact, boolean active,
                      boolean demo, long boxes, long openNow, long chats) implements Serializable {
    }

    /** One row of an import's report. */
    public record ReportRow(long line, String name, String outcome, String problem, boolean refused)
            implements Serializable {
    }

    @Inject
    private ClbService clbs;

    @Inject
    private BoxService boxes;

    @Inject
    private SecurityContext security;

    private List<Row> rows;
    private String editing;
    private String code;
    private String name;
    private ClbNetwork network;
    private String municipality;
    private String contact;
    private boolean active = true;
    private transient Part file;
    private List<ReportRow> report = List.of();
    private String reportSummary;

    @PostConstruct
    void load() {
        String caller = caller();
        Map<String, long[]> counts = new HashMap<>();
        for (BoxService.Overview box : boxes.overview(caller)) {
            long[] count = counts.computeIfAbsent(box.clb().code(), key -> new long[3]);
            count[0]++;
            count[1] += box.openNow() ? 1 : 0;
            count[2] += box.chats();
        }
        rows = clbs.clbs(caller).stream().map(clb -> {
            long[] count = counts.getOrDefault(clb.code(), new long[3]);
            return new Row(clb.code(), clb.name(), clb.network().label(), clb.municipality(), clb.contact(),
                    clb.active(), clb.demo(), count[0], count[1], count[2]);
        }).toList();
    }

    public void edit(String clb) {
        try {
            Clb found = clbs.clb(caller(), clb);
            editing = found.code();
            code = found.code();
            name = found.name();
            network = found.network();
            municipality = found.municipality();
            contact = found.contact();
            active = found.active();
        } catch (Refusal refusal) {
            Messages.refused(refusal, null);
        }
    }

    public void startNew() {
        editing = null;
        code = null;
        name = null;
        network = null;
        municipality = null;
        contact = null;
        active = true;
    }

    public void save() {
        Clb.Details details = new Clb.Details(name, network, municipality, contact, active);
        try {
            Clb saved = editing == null ? clbs.create(caller(), Optional.ofNullable(code), details)
                    : clbs.change(caller(), editing, details);
            Messages.info((editing == null ? "CLB aangemaakt: " : "CLB bewaard: ") + saved.name() + ".");
            startNew();
            load();
        } catch (Refusal refusal) {
            Messages.refused(refusal, "clb-form", null);
        }
    }

    public void importCsv() {
        if (file == null || file.getSize() == 0) {
            Messages.error("import-form:file", "Kies een CSV-bestand.");
            return;
        }
        try (InputStreamReader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            ClbService.ImportReport result = clbs.importCsv(caller(), reader);
            report = result.rows().stream().map(row -> new ReportRow(row.line(), row.name(), outcome(row.outcome()),
                    row.problem(), row.outcome() == ClbService.ImportRow.Outcome.REFUSED)).toList();
            if (result.imported()) {
                reportSummary = "Ingelezen: " + result.count(ClbService.ImportRow.Outcome.NEW) + " nieuw, "
                        + result.count(ClbService.ImportRow.Outcome.UPDATED) + " bijgewerkt, "
                        + result.count(ClbService.ImportRow.Outcome.UNCHANGED) + " ongewijzigd.";
                Messages.info(reportSummary);
                load();
            } else {
                reportSummary = "Niets ingelezen: " + result.count(ClbService.ImportRow.Outcome.REFUSED)
                        + " rij(en) kloppen niet. Verbeter het bestand en lees het opnieuw in.";
                Messages.error(null, reportSummary);
            }
        } catch (Refusal refusal) {
            report = List.of();
            reportSummary = null;
            Messages.refused(refusal, "import-form", "import-form:file");
        } catch (IOException e) {
            Messages.error("import-form:file", "Het bestand kon niet gelezen worden.");
        }
    }

    private static String outcome(ClbService.ImportRow.Outcome outcome) {
        return switch (outcome) {
            case NEW -> "nieuw";
            case UPDATED -> "bijgewerkt";
            case UNCHANGED -> "ongewijzigd";
            case REFUSED -> "fout";
        };
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    public List<ClbNetwork> getNetworks() {
        return Arrays.asList(ClbNetwork.values());
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ClbNetwork getNetwork() {
        return network;
    }

    public void setNetwork(ClbNetwork network) {
        this.network = network;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<ReportRow> getReport() {
        return report;
    }

    public String getReportSummary() {
        return reportSummary;
    }
}
