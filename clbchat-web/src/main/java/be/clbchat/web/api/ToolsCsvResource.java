package be.clbchat.web.api;

import be.clbchat.application.tool.ToolCatalogueService;
import be.clbchat.domain.tool.CatalogueEntry;
import be.clbchat.domain.tool.ClbDomain;
import be.clbchat.domain.tool.EducationLevel;
import be.clbchat.domain.tool.FavouritesList;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The (filtered) catalogue as a CSV file for staff: semicolons and a byte order mark, as Excel in Flanders wants. */
@Path("/tools.csv")
@RequestScoped
public class ToolsCsvResource {

    @Inject
    private ToolCatalogueService catalogue;

    @GET
    @Produces("text/csv")
    @Operation(summary = "The filtered catalogue as CSV (same filters), for CLB staff")
    public Response csv(@QueryParam("domain") String domain, @QueryParam("level") String level,
                        @QueryParam("age") String age, @QueryParam("kind") String kind,
                        @QueryParam("list") String list, @QueryParam("q") String q) {
        List<CatalogueEntry> entries = catalogue.search(ToolsResource.filter(domain, level, age, kind, list, q));
        StreamingOutput body = output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            // A byte order mark, so that spreadsheet programs read the accents right.
            writer.write('\uFEFF');
            try (CSVPrinter csv = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader("naam", "webadres",
                    "beschrijving", "soort", "domeinen", "niveaus", "leeftijd van", "leeftijd tot", "organisatie",
                    "gratis", "kostennoot", "in de kijker", "lijsten", "laatst gescreend").get().print(writer)) {
                for (CatalogueEntry entry : entries) {
                    ToolsResource.ToolView view = ToolsResource.view(entry);
                    csv.printRecord(view.name(), view.url(), view.description(), entry.tool().kind().label(),
                            entry.tool().domains().stream().map(ClbDomain::label).collect(Collectors.joining(", ")),
                            entry.tool().levels().stream().map(EducationLevel::label).collect(Collectors.joining(", ")),
                            view.ageMin(), view.ageMax(), view.organisation(),
                            view.cost().free() == null ? null : view.cost().free() ? "ja" : "nee", view.cost().note(),
                            view.inThePicture() ? "ja" : "nee",
                            Arrays.stream(FavouritesList.values()).filter(entry::on).map(FavouritesList::label)
                                    .collect(Collectors.joining(", ")),
                            view.lastScreenedOn());
                }
            }
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"hulpmiddelen.csv\"").build();
    }

}
