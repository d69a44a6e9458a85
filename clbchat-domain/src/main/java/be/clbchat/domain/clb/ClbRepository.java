package be.clbchat.domain.clb;

import java.util.List;
import java.util.Optional;

/** The CLBs. Reads for staff go through {@code ClbService}, which scopes them to what the caller may see. */
public interface ClbRepository {

    List<Clb> all();

    Optional<Clb> find(String code);

    Optional<Clb> byName(String name);

    void add(Clb clb);
}
