package be.clbchat.domain.line;

import java.util.List;
import java.util.Optional;

public interface LineRepository {

    List<Line> all();

    Optional<Line> find(String code);

    void add(Line line);

    void remove(Line line);
}
