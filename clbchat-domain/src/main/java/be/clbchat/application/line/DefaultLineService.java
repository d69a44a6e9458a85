package be.clbchat.application.line;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.box.Box;
import be.clbchat.domain.box.BoxRepository;
import be.clbchat.domain.box.BoxState;
import be.clbchat.domain.chat.VisitorRole;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.line.LineRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultLineService implements LineService {

    /** Who may chat on CLBch@t's own line. */
    static final Set<VisitorRole> MAIN_AUDIENCE = Set.of(VisitorRole.PUPIL, VisitorRole.PARENT);

    @Inject
    private LineRepository lines;

    @Inject
    private BoxRepository boxes;

    @Override
    public List<Line> allLines() {
        return lines.all();
    }

    @Override
    public List<PublicLine> publicLines() {
        Map<String, Box> byLine = boxes.all().stream().collect(Collectors.toMap(Box::lineCode, Function.identity()));
        List<PublicLine> visible = new ArrayList<>();
        for (Line line : lines.all()) {
            Optional<Box> box = Optional.ofNullable(byLine.get(line.code()));
            if (box.map(found -> found.state() != BoxState.DRAFT).orElse(true)) {
                visible.add(publicLine(line, box));
            }
        }
        return visible;
    }

    @Override
    public PublicLine publicLine(String code) {
        Line line = line(code);
        Optional<Box> box = boxes.find(code);
        if (box.filter(found -> found.state() == BoxState.DRAFT).isPresent()) {
            throw unknown(code);
        }
        return publicLine(line, box);
    }

    private static PublicLine publicLine(Line line, Optional<Box> box) {
        return new PublicLine(line, box.map(Box::audience).orElse(MAIN_AUDIENCE),
                box.map(Box::publicPath));
    }

    @Override
    public Line line(String code) {
        return lines.find(code).orElseThrow(() -> unknown(code));
    }

    private static Refusal unknown(String code) {
        return Refusal.notFound("unknown-line", "De chatlijn '" + code + "' bestaat niet.");
    }
}
