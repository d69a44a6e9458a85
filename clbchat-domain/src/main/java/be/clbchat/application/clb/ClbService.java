package be.clbchat.application.clb;

import be.clbchat.domain.clb.Clb;
import java.io.Reader;
import java.util.List;
import java.util.Optional;

/**
 * The CLBs, scoped to the caller: the coordination team and admins see and edit every CLB, a CLB's admin sees their
 * own, anyone else none. A CLB the caller may not see is "not found" ({@link ClbScope#unknownClb()}).
 */
public interface ClbService {

    /** One row of an import: its line in the file, what happens with it, or what is wrong with it. */
    record ImportRow(long line, String name, Outcome outcome, String problem) {
        public enum Outcome { NEW, UPDATED, UNCHANGED, REFUSED }
    }

    /** @param imported false when any row was refused: then nothing at all was saved */
    record ImportReport(List<ImportRow> rows, boolean imported) {
        public ImportReport {
            rows = List.copyOf(rows);
        }

        public long count(ImportRow.Outcome outcome) {
            return rows.stream().filter(row -> row.outcome() == outcome).count();
        }
    }

    List<Clb> clbs(String caller);

    Clb clb(String caller, String code);

    /** Creates a CLB; its code is made from the name unless given. Coordinators and admins only. */
    Clb create(String caller, Optional<String> code, Clb.Details details);

    Clb change(String caller, String code, Clb.Details details);

    /** For the demo mode and set-up: makes the CLB unless one with that code exists; whether it was made. */
    boolean createIfAbsent(String code, Clb.Details details, boolean demo);

    /**
     * Imports CLBs from CSV with a header row: {@code naam;net;gemeente;contact} (or {@code name,network,
     * municipality,contact}; comma or semicolon). A row with the name of a stored CLB updates it. When any row is
     * wrong, nothing is saved and the report says why, row by row.
     */
    ImportReport importCsv(String caller, Reader csv);
}
