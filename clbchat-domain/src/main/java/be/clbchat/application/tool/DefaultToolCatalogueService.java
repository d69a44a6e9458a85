package be.clbchat.application.tool;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.tool.CatalogueEntry;
import be.clbchat.domain.tool.FavouritesList;
import be.clbchat.domain.tool.Tool;
import be.clbchat.domain.tool.ToolDetails;
import be.clbchat.domain.tool.ToolFilter;
import be.clbchat.domain.tool.ToolListEntry;
import be.clbchat.domain.tool.ToolRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

@ApplicationScoped
@Transactional
public class DefaultToolCatalogueService implements ToolCatalogueService {

    @Inject
    private ToolRepository tools;

    @Inject
    private Clock clock;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CatalogueEntry> search(ToolFilter filter) {
        return filter.apply(entries());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CatalogueEntry publicTool(long id) {
        CatalogueEntry entry = entry(id);
        if (!entry.tool().active()) {
            throw unknown();
        }
        return entry;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CatalogueEntry> everything() {
        return entries();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CatalogueEntry entry(long id) {
        Tool tool = tools.find(id).orElseThrow(DefaultToolCatalogueService::unknown);
        return new CatalogueEntry(tool, positionsOf(id));
    }

    @Override
    public CatalogueEntry create(ToolDetails details, Set<FavouritesList> lists, String who) {
        check(details, null);
        Tool tool = new Tool(details, who, clock.instant());
        tools.add(tool);
        placeOn(tool.id(), lists, who);
        return entry(tool.id());
    }

    @Override
    public CatalogueEntry update(long id, int version, ToolDetails details, Set<FavouritesList> lists, String who) {
        Tool tool = tools.find(id).orElseThrow(DefaultToolCatalogueService::unknown);
        if (tool.version() != version) {
            throw Refusal.invalid("changed-meanwhile",
                    "Iemand anders heeft dit hulpmiddel intussen gewijzigd. Open het opnieuw en pas het dan aan.");
        }
        check(details, id);
        tool.change(details, who, clock.instant());
        placeOn(id, lists, who);
        return entry(id);
    }

    private void check(ToolDetails details, Long self) {
        Map<String, String> problems = new HashMap<>(details.problems());
        if (details.name() != null) {
            tools.byName(details.name()).filter(other -> self == null || other.id() != self).ifPresent(other ->
                    problems.putIfAbsent("name", "Er is al een hulpmiddel met deze naam."));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid("invalid-tool", problems);
        }
    }

    /** On exactly these lists: kept where it was, added at the end, or taken off (the rest closes up). */
    private void placeOn(long toolId, Set<FavouritesList> lists, String who) {
        for (FavouritesList list : FavouritesList.values()) {
            List<ToolListEntry> entries = tools.entries(list);
            ToolListEntry mine = entries.stream().filter(e -> e.toolId() == toolId).findFirst().orElse(null);
            if (lists.contains(list) && mine == null) {
                tools.add(new ToolListEntry(list, toolId, entries.size() + 1, who, clock.instant()));
            } else if (!lists.contains(list) && mine != null) {
                tools.remove(mine);
                int position = 1;
                for (ToolListEntry entry : entries) {
                    if (entry != mine) {
                        entry.moveTo(position++, who, clock.instant());
                    }
                }
            }
        }
    }

    @Override
    public void archive(long id, String who) {
        tools.find(id).orElseThrow(DefaultToolCatalogueService::unknown).archive(who, clock.instant());
    }

    @Override
    public void restore(long id, String who) {
        tools.find(id).orElseThrow(DefaultToolCatalogueService::unknown).restore(who, clock.instant());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CatalogueEntry> list(FavouritesList list) {
        return new ToolFilter(null, null, null, null, list, null).apply(entries());
    }

    @Override
    public void reorder(FavouritesList list, List<Long> toolIds, String who) {
        Objects.requireNonNull(toolIds, "toolIds");
        List<ToolListEntry> entries = tools.entries(list);
        Set<Long> onList = new HashSet<>();
        entries.forEach(entry -> onList.add(entry.toolId()));
        if (!onList.equals(new HashSet<>(toolIds)) || toolIds.size() != onList.size()) {
            throw Refusal.invalid("list-changed-meanwhile",
                    "De lijst is intussen gewijzigd. Laad de pagina opnieuw.");
        }
        Map<Long, ToolListEntry> byTool = new HashMap<>();
        entries.forEach(entry -> byTool.put(entry.toolId(), entry));
        for (int i = 0; i < toolIds.size(); i++) {
            byTool.get(toolIds.get(i)).moveTo(i + 1, who, clock.instant());
        }
    }

    private List<CatalogueEntry> entries() {
        Map<Long, Map<FavouritesList, Integer>> positions = new HashMap<>();
        for (ToolListEntry entry : tools.entries()) {
            positions.computeIfAbsent(entry.toolId(), id -> new EnumMap<>(FavouritesList.class))
                    .put(entry.list(), entry.position());
        }
        List<CatalogueEntry> entries = new ArrayList<>();
        for (Tool tool : tools.all()) {
            entries.add(new CatalogueEntry(tool, positions.getOrDefault(tool.id(), Map.of())));
        }
        return entries;
    }

    private Map<FavouritesList, Integer> positionsOf(long toolId) {
        Map<FavouritesList, Integer> positions = new EnumMap<>(FavouritesList.class);
        for (ToolListEntry entry : tools.entries()) {
            if (entry.toolId() == toolId) {
                positions.put(entry.list(), entry.position());
            }
        }
        return positions;
    }

    private static Refusal unknown() {
        return Refusal.notFound("unknown-tool", "Dit hulpmiddel bestaat niet (meer).");
    }
}
