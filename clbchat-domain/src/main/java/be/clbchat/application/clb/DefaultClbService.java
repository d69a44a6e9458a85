package be.clbchat.application.clb;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.clb.Clb;
import be.clbchat.domain.clb.ClbNetwork;
import be.clbchat.domain.clb.ClbRepository;
import be.clbchat.domain.clb.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

@ApplicationScoped
@Transactional
public class DefaultClbService implements ClbService {

    static final int MAX_IMPORT_ROWS = 500;
    static final int MAX_IMPORT_CHARS = 200_000;
    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("naam", "name"), Map.entry("name", "name"),
            Map.entry("net", "network"), Map.entry("network", "network"),
            Map.entry("gemeente", "municipality"), Map.entry("municipality", "municipality"),
            Map.entry("contact", "contact"), Map.entry("contactadres", "contact"));

    @Inject
    private ClbScopes scopes;

    @Inject
    private ClbRepository clbs;

    @Inject
    private Clock clock;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Clb> clbs(String caller) {
        return scopes.visibleClbs(scopes.of(caller));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Clb clb(String caller, String code) {
        return scopes.visibleClb(caller, code);
    }

    @Override
    public Clb create(String caller, Optional<String> code, Clb.Details details) {
        scopes.of(caller).requireEveryClb("maken een CLB aan");
        Clb.Details checked = details.check();
        Slug slug = code.filter(text -> !text.isBlank()).map(text -> Slug.parse("code", text))
                .or(() -> Slug.suggest(checked.name()))
                .orElseThrow(() -> Refusal.invalid("invalid-clb", Map.of("code",
                        "Geef een code voor het webadres, bv. clb-noord.")));
        if (clbs.find(slug.value()).isPresent()) {
            throw Refusal.invalid("code-taken", Map.of("code",
                    "Een ander CLB gebruikt de code " + slug + " al. Kies een andere."));
        }
        nameFree(checked.name(), null);
        Clb clb = new Clb(slug, checked, false, caller, clock.instant());
        clbs.add(clb);
        return clb;
    }

    @Override
    public Clb change(String caller, String code, Clb.Details details) {
        scopes.of(caller).requireEveryClb("passen een CLB aan");
        Clb clb = clbs.find(code).orElseThrow(ClbScope::unknownClb);
        Clb.Details checked = details.check();
        nameFree(checked.name(), clb);
        clb.change(checked, caller, clock.instant());
        return clb;
    }

    @Override
    public boolean createIfAbsent(String code, Clb.Details details, boolean demo) {
        if (clbs.find(code).isPresent()) {
            return false;
        }
        clbs.add(new Clb(new Slug(code), details, demo, "systeem", clock.instant()));
        return true;
    }

    private void nameFree(String name, Clb self) {
        clbs.byName(name).filter(other -> !other.equals(self)).ifPresent(other -> {
            throw Refusal.invalid("name-taken", Map.of("name", "Er is al een CLB met de naam " + name + "."));
        });
    }

    @Override
    public ImportReport importCsv(String caller, Reader csv) {
        scopes.of(caller).requireEveryClb("importeren CLB's");
        String text = read(csv);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
        List<ImportRow> rows = new ArrayList<>();
        List<Runnable> saves = new ArrayList<>();
        Set<String> namesInFile = new HashSet<>();
        Set<String> codesInFile = new HashSet<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_IMPORT_ROWS) {
                    throw Refusal.invalid("too-many-rows", Map.of("file",
                            "Een bestand heeft hoogstens " + MAX_IMPORT_ROWS + " rijen."));
                }
                long line = record.getRecordNumber() + 1;
                String name = value(record, columns, "name");
                try {
                    String networkText = value(record, columns, "network");
                    ClbNetwork network = ClbNetwork.parse(networkText).orElse(null);
                    Clb.Details details = new Clb.Details(name, network, value(record, columns, "municipality"),
                            value(record, columns, "contact"), true);
                    Map<String, String> wrong = new java.util.LinkedHashMap<>();
                    try {
                        details = details.check();
                    } catch (Refusal refusal) {
                        wrong.putAll(refusal.fields());
                    }
                    if (network == null && !networkText.isBlank()) {
                        wrong.put("network", "Onbekend net \"" + networkText
                                + "\": kies GO!, OVSG, POV of Vrij CLB Netwerk.");
                    }
                    if (!wrong.isEmpty()) {
                        rows.add(new ImportRow(line, name, ImportRow.Outcome.REFUSED, String.join(" ", wrong.values())));
                        continue;
                    }
                    if (!namesInFile.add(details.name().toLowerCase(Locale.ROOT))) {
                        rows.add(new ImportRow(line, name, ImportRow.Outcome.REFUSED,
                                "Deze naam staat al hoger in het bestand."));
                        continue;
                    }
                    Clb.Details checked = details;
                    Optional<Clb> existing = clbs.byName(checked.name());
                    if (existing.isPresent()) {
                        Clb clb = existing.get();
                        Clb.Details kept = new Clb.Details(checked.name(), checked.network(), checked.municipality(),
                                checked.contact(), clb.active());
                        boolean same = kept.equals(clb.details());
                        rows.add(new ImportRow(line, checked.name(),
                                same ? ImportRow.Outcome.UNCHANGED : ImportRow.Outcome.UPDATED, ""));
                        if (!same) {
                            saves.add(() -> clb.change(kept, caller, clock.instant()));
                        }
                        continue;
                    }
                    Optional<Slug> slug = Slug.suggest(checked.name());
                    if (slug.isEmpty() || clbs.find(slug.get().value()).isPresent()
                            || !codesInFile.add(slug.get().value())) {
                        rows.add(new ImportRow(line, name, ImportRow.Outcome.REFUSED,
                                "Uit deze naam volgt geen vrije code voor het webadres; maak dit CLB met de hand aan."));
                        continue;
                    }
                    rows.add(new ImportRow(line, checked.name(), ImportRow.Outcome.NEW, ""));
                    saves.add(() -> clbs.add(new Clb(slug.get(), checked, false, caller, clock.instant())));
                } catch (IllegalArgumentException | IllegalStateException broken) {
                    rows.add(new ImportRow(line, name, ImportRow.Outcome.REFUSED, "Deze rij is onleesbaar."));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException broken) {
            throw Refusal.invalid("unreadable-csv", Map.of("file",
                    "Dit bestand is geen leesbare CSV met de kolommen naam, net, gemeente en contact."));
        }
        if (rows.isEmpty()) {
            throw Refusal.invalid("empty-csv", Map.of("file", "Het bestand heeft geen enkele rij onder de kopregel."));
        }
        boolean ok = rows.stream().noneMatch(row -> row.outcome() == ImportRow.Outcome.REFUSED);
        if (ok) {
            saves.forEach(Runnable::run);
        }
        return new ImportReport(rows, ok);
    }

    private static String read(Reader csv) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try (Reader reader = new BufferedReader(csv)) {
            for (int n; (n = reader.read(buffer)) > 0; ) {
                text.append(buffer, 0, n);
                if (text.length() > MAX_IMPORT_CHARS) {
                    throw Refusal.invalid("file-too-large", Map.of("file",
                            "Het bestand is te groot (hoogstens " + MAX_IMPORT_CHARS / 1000 + " kB)."));
                }
            }
        } catch (IOException e) {
            throw Refusal.invalid("unreadable-csv", Map.of("file", "Het bestand kon niet gelezen worden."));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') { // the byte-order mark spreadsheets write
            text.deleteCharAt(0);
        }
        return text.toString();
    }

    /** Semicolons when the header has them (a Belgian spreadsheet's CSV), else commas. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.indexOf(';') >= 0 ? ';' : ',';
    }

    private static Map<String, String> columns(List<String> headers) {
        Map<String, String> columns = new HashMap<>();
        for (String header : headers) {
            String known = HEADERS.get(header.strip().toLowerCase(Locale.ROOT));
            if (known != null) {
                columns.put(known, header);
            }
        }
        if (!columns.containsKey("name") || !columns.containsKey("network") || !columns.containsKey("municipality")) {
            throw Refusal.invalid("missing-columns", Map.of("file",
                    "De kopregel mist een kolom: nodig zijn naam, net en gemeente (contact mag)."));
        }
        return columns;
    }

    private static String value(CSVRecord record, Map<String, String> columns, String column) {
        String header = columns.get(column);
        return header == null || !record.isMapped(header) || !record.isSet(header) ? "" : record.get(header).strip();
    }
}
