package be.clbchat.application.line;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.line.Line;
import be.clbchat.domain.line.LineRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultLineService implements LineService {

    @Inject
    private LineRepository lines;

    @Override
    public List<Line> allLines() {
        return lines.all();
    }

    @Override
    public Line line(String code) {
        return lines.find(code).orElseThrow(() ->
                Refusal.notFound("unknown-line", "De chatlijn '" + code + "' bestaat niet."));
    }
}
