package be.clbchat.web.api;

import be.clbchat.application.tool.ToolCatalogueService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.tool.Assessment;
import be.clbchat.domain.tool.CatalogueEntry;
import be.clbchat.domain.tool.ClbDomain;
import be.clbchat.domain.tool.Criterion;
import be.clbchat.domain.tool.EducationLevel;
import be.clbchat.domain.tool.FavouritesList;
import be.clbchat.domain.tool.Tool;
import be.clbchat.domain.tool.ToolFilter;
import be.clbchat.domain.tool.ToolKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The public catalogue of screened online tools: search and one tool (the CSV export is {@link ToolsCsvResource}). */
@Path("/tools")
@RequestScoped
public class ToolsResource {

    @JsonbNillable
    public record CostView(Boolean free, String note) {
    }

    @JsonbNillable
    public record ToolView(long id, String name, String url, String description, String kind, List<String> domains,
                           List<String> levels, Integer ageMin, Integer ageMax, String organisation, CostView cost,
                           boolean inThePicture, List<String> lists, String lastScreenedOn) {
    }

    public record ToolsView(int count, List<ToolView> tools) {
    }

    @JsonbNillable
    public record CriterionView(String criterion, String label, String verdict, String note) {
    }

    @JsonbNillable
    public record ScreeningView(String screenedBy, String screenedOn, List<CriterionView> criteria) {
    }

    @JsonbNillable
    public record ToolDetailView(long id, String name, String url, String description, String kind,
                                 List<String> domains, List<String> levels, Integer ageMin, Integer ageMax,
                                 String organisation, CostView cost, String evidence, boolean inThePicture,
                                 List<String> lists, String lastScreenedOn, String status, ScreeningView screening) {
    }

    @Inject
    private ToolCatalogueService catalogue;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Active tools, filtered by domain (PGZ, PSF, LS, OLB), level (BAO, SO, BUO), age, kind"
            + " (content, communication), list (staff, pupils) and words (q)")
    public ToolsView search(@QueryParam("domain") String domain, @QueryParam("level") String level,
                            @QueryParam("age") String age, @QueryParam("kind") String kind,
                            @QueryParam("list") String list, @QueryParam("q") String q) {
        List<ToolView> tools = catalogue.search(filter(domain, level, age, kind, list, q)).stream()
                .map(ToolsResource::view).toList();
        return new ToolsView(tools.size(), tools);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One active tool with its screening")
    public ToolDetailView tool(@PathParam("id") String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException notANumber) {
            throw Refusal.notFound("unknown-tool", "Dit hulpmiddel bestaat niet (meer).");
        }
        CatalogueEntry entry = catalogue.publicTool(number);
        Tool tool = entry.tool();
        ToolView view = view(entry);
        List<CriterionView> criteria = Arrays.stream(Criterion.values()).map(criterion -> {
            Assessment assessment = tool.screening().get(criterion);
            return new CriterionView(code(criterion), criterion.label(),
                    assessment.verdictIfAny().map(ToolsResource::code).orElse(null), assessment.note());
        }).toList();
        return new ToolDetailView(view.id(), view.name(), view.url(), view.description(), view.kind(), view.domains(),
                view.levels(), view.ageMin(), view.ageMax(), view.organisation(), view.cost(),
                tool.evidenceNote().orElse(null), view.inThePicture(), view.lists(), view.lastScreenedOn(),
                code(tool.status()), new ScreeningView(tool.screenedBy().orElse(null), view.lastScreenedOn(), criteria));
    }

    static ToolFilter filter(String domain, String level, String age, String kind, String list, String q) {
        try {
            return new ToolFilter(parse(ClbDomain.class, "domain", domain), parse(EducationLevel.class, "level", level),
                    age(age), parse(ToolKind.class, "kind", kind), list(list), q);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("invalid-filter", e.getMessage());
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.strip().replace("&", "").toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is een van: " + Arrays.stream(
                        type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + "."));
    }

    private static Integer age(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("'age' is een leeftijd in jaren, bv. 14.");
        }
    }

    private static FavouritesList list(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "staff" -> FavouritesList.STAFF;
            case "pupils" -> FavouritesList.PUPILS;
            default -> throw new IllegalArgumentException("'list' is staff (voor CLB-medewerkers) of pupils (voor leerlingen).");
        };
    }

    static ToolView view(CatalogueEntry entry) {
        Tool tool = entry.tool();
        return new ToolView(tool.id(), tool.name(), tool.url().orElse(null), tool.description().orElse(null),
                code(tool.kind()), tool.domains().stream().map(Enum::name).toList(),
                tool.levels().stream().map(Enum::name).toList(), tool.ageMin().orElse(null),
                tool.ageMax().orElse(null), tool.organisation().orElse(null),
                new CostView(tool.costFree().orElse(null), tool.costNote().orElse(null)), tool.inThePicture(),
                Arrays.stream(FavouritesList.values()).filter(entry::on).map(ToolsResource::code).toList(),
                tool.screenedOn().map(Object::toString).orElse(null));
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
