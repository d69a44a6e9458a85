package be.clbchat.application.tool;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.tool.CatalogueEntry;
import be.clbchat.domain.tool.FavouritesList;
import be.clbchat.domain.tool.ToolDetails;
import be.clbchat.domain.tool.ToolFilter;
import java.util.List;
import java.util.Set;

/** The catalogue of screened online tools and its two favourites lists. */
public interface ToolCatalogueService {

    /** Active tools only, as the public sees them. */
    List<CatalogueEntry> search(ToolFilter filter);

    /** One active tool; an archived or unknown one is NOT_FOUND. */
    CatalogueEntry publicTool(long id);

    /** Every tool, archived ones too, for the admin. */
    List<CatalogueEntry> everything();

    CatalogueEntry entry(long id);

    /** A new tool on the given lists (at their end); a {@link Refusal} with its fields when the details have problems. */
    CatalogueEntry create(ToolDetails details, Set<FavouritesList> lists, String who);

    /**
     * Changes a tool as it was read at {@code version}; someone else's change in between is refused rather than
     * overwritten.
     */
    CatalogueEntry update(long id, int version, ToolDetails details, Set<FavouritesList> lists, String who);

    void archive(long id, String who);

    void restore(long id, String who);

    /** The list's tools in their order. */
    List<CatalogueEntry> list(FavouritesList list);

    /** Puts the list in this order; it must hold exactly the tools on the list now. */
    void reorder(FavouritesList list, List<Long> toolIds, String who);
}
