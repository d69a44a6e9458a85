package be.clbchat.admin.tool;

import be.clbchat.admin.faces.Messages;
import be.clbchat.application.tool.ToolCatalogueService;
import be.clbchat.domain.Refusal;
import be.clbchat.domain.tool.FavouritesList;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.ReorderEvent;

/**
 * The order of the two favourites lists: drag a row, or use the up and down buttons (which also work with a
 * keyboard). Each change is saved at once and shown on the public pages.
 */
@Named
@ViewScoped
public class FavouritesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ToolCatalogueService catalogue;

    @Inject
    private SecurityContext security;

    private final Map<FavouritesList, List<ToolRow>> rows = new EnumMap<>(FavouritesList.class);
    /** The order as loaded: a drag is applied to this, whatever the table did to its rows meanwhile. */
    private final Map<FavouritesList, List<ToolRow>> loaded = new EnumMap<>(FavouritesList.class);

    @PostConstruct
    void load() {
        for (FavouritesList list : FavouritesList.values()) {
            List<ToolRow> ordered = catalogue.list(list).stream().map(ToolRow::of).toList();
            loaded.put(list, ordered);
            rows.put(list, new ArrayList<>(ordered));
        }
    }

    public List<ToolRow> getStaff() {
        return rows.get(FavouritesList.STAFF);
    }

    public List<ToolRow> getPupils() {
        return rows.get(FavouritesList.PUPILS);
    }

    public void draggedStaff(ReorderEvent event) {
        dragged(FavouritesList.STAFF, event);
    }

    public void draggedPupils(ReorderEvent event) {
        dragged(FavouritesList.PUPILS, event);
    }

    private void dragged(FavouritesList list, ReorderEvent event) {
        rows.put(list, new ArrayList<>(loaded.get(list)));
        move(list, event.getFromIndex(), event.getToIndex());
    }

    public void up(FavouritesList list, int index) {
        move(list, index, index - 1);
    }

    public void down(FavouritesList list, int index) {
        move(list, index, index + 1);
    }

    private void move(FavouritesList list, int from, int to) {
        List<ToolRow> ordered = rows.get(list);
        if (from < 0 || from >= ordered.size() || to < 0 || to >= ordered.size()) {
            return;
        }
        ordered.add(to, ordered.remove(from));
        save(list);
    }

    private void save(FavouritesList list) {
        try {
            catalogue.reorder(list, rows.get(list).stream().map(ToolRow::id).toList(),
                    security.getCallerPrincipal().getName());
            Messages.info("Volgorde van de lijst \"" + list.label() + "\" bewaard.");
        } catch (Refusal problem) {
            Messages.refused(problem, null);
        }
        load();
    }

    public FavouritesList getStaffList() {
        return FavouritesList.STAFF;
    }

    public FavouritesList getPupilsList() {
        return FavouritesList.PUPILS;
    }
}
