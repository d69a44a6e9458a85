package be.clbchat.application.line;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.line.Line;
import java.util.List;

/** The chat lines (queues) CLBch@t serves. */
public interface LineService {

    List<Line> allLines();

    /** The line with that code; an unknown code is a {@link Refusal.Kind#NOT_FOUND} problem. */
    Line line(String code);
}
