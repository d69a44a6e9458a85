package be.clbchat.application.line;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.chat.VisitorRole;
import be.clbchat.domain.line.Line;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The chat lines (queues) CLBch@t serves: its own line and the CLBs' boxes. */
public interface LineService {

    /** A line as the public may know it: who may chat on it and, for a box, the address of its page. */
    record PublicLine(Line line, Set<VisitorRole> audience, Optional<String> publicPath) {
        public PublicLine {
            audience = Set.copyOf(audience);
        }
    }

    /** Every line, drafts' included: for the staff side. */
    List<Line> allLines();

    /** Every line the public may know: CLBch@t's and the boxes that are not drafts. */
    List<PublicLine> publicLines();

    /** One of {@link #publicLines()}; a draft box's line is "not found", as an unknown one. */
    PublicLine publicLine(String code);

    /** The line with that code; an unknown code is a {@link Refusal.Kind#NOT_FOUND} problem. */
    Line line(String code);
}
