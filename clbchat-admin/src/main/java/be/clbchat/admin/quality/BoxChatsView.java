package be.clbchat.admin.quality;

import be.clbchat.application.line.LineService;
import be.clbchat.application.quality.TranscriptService;
import be.clbchat.domain.line.Line;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * For a CLB's admin: the ended chats of their own boxes that still have their transcript, each to be read (and the
 * read written to the audit log). Anyone else sees an empty list: the service gives nobody another CLB's chats.
 */
@Named
@ViewScoped
public class BoxChatsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One chat in the list. */
    public record ChatRow(String chatId, String box, String nickname, String ended) implements Serializable {
    }

    @Inject
    private TranscriptService transcripts;

    @Inject
    private LineService lines;

    @Inject
    private SecurityContext security;

    private List<ChatRow> chats = List.of();

    @PostConstruct
    void load() {
        Map<String, String> names = lines.allLines().stream()
                .collect(Collectors.toMap(Line::code, Line::name, (a, b) -> a));
        chats = transcripts.boxChats(security.getCallerPrincipal().getName()).stream()
                .map(chat -> new ChatRow(chat.chatId().toString(), names.getOrDefault(chat.line(), chat.line()),
                        chat.nickname(), TranscriptLines.shown(chat.endedAt())))
                .toList();
    }

    public List<ChatRow> getChats() {
        return chats;
    }
}
