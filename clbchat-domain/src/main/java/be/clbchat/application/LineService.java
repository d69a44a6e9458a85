package be.clbchat.application;

import be.clbchat.domain.line.Line;
import java.util.List;

/** The chat lines (queues) CLBch@t serves. */
public interface LineService {

    List<Line> allLines();
}
