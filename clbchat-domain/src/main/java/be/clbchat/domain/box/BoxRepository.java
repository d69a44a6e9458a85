package be.clbchat.domain.box;

import java.util.List;
import java.util.Optional;

/** The boxes of all CLBs. Reads for staff go through {@code BoxService}, which scopes them to the caller's CLB. */
public interface BoxRepository {

    List<Box> all();

    List<Box> ofClb(String clb);

    /** The box of a line; empty for a line that is no box (CLBch@t itself). */
    Optional<Box> find(String lineCode);

    /** The box, its row locked until the transaction ends. */
    Optional<Box> lock(String lineCode);

    Optional<Box> bySlug(String clb, String slug);

    void add(Box box);
}
