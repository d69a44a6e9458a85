package be.clbchat.admin.quality;

import be.clbchat.application.quality.TranscriptService;
import be.clbchat.domain.chat.Party;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** A transcript as the admin pages show it: who said what when, in the order it was said. */
public final class TranscriptLines {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.forLanguageTag("nl-BE"));
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm",
            Locale.forLanguageTag("nl-BE"));

    /** One message: {@code visitor} whether the visitor wrote it (else the operator). */
    public record Line(int seq, boolean visitor, String who, String time, String text) implements Serializable {
    }

    /** The heading facts of a transcript. */
    public record Header(String chatId, String line, String nickname, String operatorAlias, String ended,
                         String reason) implements Serializable {
    }

    private TranscriptLines() {
    }

    static List<Line> of(TranscriptService.Transcript transcript) {
        String nickname = transcript.nickname().isBlank() ? "Bezoeker" : transcript.nickname();
        String alias = transcript.operatorAlias().orElse("Operator");
        return transcript.messages().stream().map(message -> new Line(message.seq(),
                message.sender() == Party.VISITOR, message.sender() == Party.VISITOR ? nickname : alias,
                TIME.format(message.sentAt().atZone(BRUSSELS)), message.text())).toList();
    }

    static Header header(TranscriptService.Transcript transcript, String lineName) {
        return new Header(transcript.chatId().toString(), lineName, transcript.nickname(),
                transcript.operatorAlias().orElse(""), shown(transcript.endedAt()), transcript.reason().label());
    }

    static String shown(Instant at) {
        return DAY_TIME.format(at.atZone(BRUSSELS));
    }
}
