package be.clbchat.domain.tool;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A tool with its places on the favourites lists it is on. */
public record CatalogueEntry(Tool tool, Map<FavouritesList, Integer> positions) {

    public CatalogueEntry {
        Objects.requireNonNull(tool, "tool");
        positions = Map.copyOf(positions);
    }

    public boolean on(FavouritesList list) {
        return positions.containsKey(list);
    }

    public Optional<Integer> position(FavouritesList list) {
        return Optional.ofNullable(positions.get(list));
    }
}
