package be.clbchat.domain.tool;

import java.util.List;
import java.util.Optional;

/** The catalogue as stored. */
public interface ToolRepository {

    List<Tool> all();

    Optional<Tool> find(long id);

    Optional<Tool> byName(String name);

    void add(Tool tool);

    List<ToolListEntry> entries();

    List<ToolListEntry> entries(FavouritesList list);

    void add(ToolListEntry entry);

    void remove(ToolListEntry entry);
}
