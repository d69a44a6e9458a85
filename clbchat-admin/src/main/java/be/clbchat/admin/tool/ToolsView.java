package be.clbchat.admin.tool;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.tool.ToolCatalogueService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.tool.CatalogueEntry;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The catalogue for admins and coordinators: every tool, archived ones too, in a lazy table that filters and sorts
 * (the catalogue is a few hundred tools: it is read once per request and paged here).
 */
@Named
@ViewScoped
public class ToolsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ToolCatalogueService catalogue;

    @Inject
    private SecurityContext security;

    private LazyDataModel<ToolRow> tools;

    @PostConstruct
    void load() {
        tools = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filters) {
                return matching(filters).size();
            }

            @Override
            public List<ToolRow> load(int first, int pageSize, Map<String, SortMeta> sort,
                                      Map<String, FilterMeta> filters) {
                List<ToolRow> rows = matching(filters);
                Comparator<ToolRow> order = Comparator.comparing(ToolRow::name, Collator.getInstance(
                        Locale.forLanguageTag("nl-BE")));
                for (SortMeta meta : sort.values()) {
                    Comparator<ToolRow> by = switch (meta.getField()) {
                        case "status" -> Comparator.comparing(ToolRow::status);
                        case "kind" -> Comparator.comparing(ToolRow::kind);
                        default -> order;
                    };
                    order = meta.getOrder() == SortOrder.DESCENDING ? by.reversed() : by;
                }
                List<ToolRow> sorted = rows.stream().sorted(order).toList();
                return sorted.subList(Math.min(first, sorted.size()), Math.min(first + pageSize, sorted.size()));
            }

            @Override
            public String getRowKey(ToolRow row) {
                return Long.toString(row.id());
            }

            @Override
            public ToolRow getRowData(String rowKey) {
                long id = Long.parseLong(rowKey);
                return matching(Map.of()).stream().filter(row -> row.id() == id).findFirst().orElse(null);
            }
        };
    }

    private List<ToolRow> matching(Map<String, FilterMeta> filters) {
        return catalogue.everything().stream().map((CatalogueEntry entry) -> ToolRow.of(entry))
                .filter(row -> filters.values().stream().allMatch(filter -> matches(row, filter)))
                .toList();
    }

    private static boolean matches(ToolRow row, FilterMeta filter) {
        Object wanted = filter.getFilterValue();
        if (wanted == null || wanted.toString().isBlank()) {
            return true;
        }
        String value = switch (filter.getField()) {
            case "status" -> row.status();
            case "kind" -> row.kind();
            case "domains" -> row.domains();
            case "lists" -> row.lists();
            default -> row.name();
        };
        return value.toLowerCase(Locale.ROOT).contains(wanted.toString().strip().toLowerCase(Locale.ROOT));
    }

    public void archive(long id) {
        change(() -> catalogue.archive(id, who()), "Gearchiveerd: het hulpmiddel staat niet meer op de publieke pagina's.");
    }

    public void restore(long id) {
        change(() -> catalogue.restore(id, who()), "Teruggezet: het hulpmiddel staat weer op de publieke pagina's.");
    }

    private void change(Runnable change, String done) {
        try {
            change.run();
            Messages.info(done);
        } catch (Refusal problem) {
            Messages.refused(problem, null);
        }
    }

    private String who() {
        return security.getCallerPrincipal().getName();
    }

    public LazyDataModel<ToolRow> getTools() {
        return tools;
    }
}
