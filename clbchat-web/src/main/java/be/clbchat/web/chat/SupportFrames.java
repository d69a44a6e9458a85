package be.clbchat.web.chat;

import be.clbchat.application.support.SupportService;
import be.clbchat.domain.chat.ChatMessage;
import be.clbchat.domain.support.SupportRequest;
import be.clbchat.domain.support.Whisper;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;

/**
 * The frames of "ask for support" (docs/chat-protocol.md, "Support"): to the operator's console about their request and
 * the whispers in it; to the supporters' boards the requests, and to the one who took it the chat read along. A
 * whisper goes to these two only — there is no frame of it for the visitor.
 */
final class SupportFrames {

    private SupportFrames() {
    }

    /** To the operator: where their request for support stands (with the whispers so far, after a reconnect). */
    static String support(SupportRequest request, List<Whisper> whispers) {
        JsonObjectBuilder frame = Json.createObjectBuilder().add("type", "support").add("chatId", request.chatId())
                .add("requestId", request.id()).add("state", request.state().name().toLowerCase(Locale.ROOT))
                .add("urgent", request.urgent()).add("note", request.note());
        request.supporterName().ifPresent(name -> frame.add("supporterName", name));
        request.outcome().ifPresent(outcome -> frame.add("outcome", outcome.name().toLowerCase(Locale.ROOT)));
        JsonArrayBuilder array = Json.createArrayBuilder();
        whispers.forEach(whisper -> array.add(whisperObject(whisper)));
        return frame.add("whispers", array).build().toString();
    }

    /** To the operator, and to the supporter's boards: one whisper. */
    static String whisper(Whisper whisper) {
        return Json.createObjectBuilder(whisperObject(whisper)).add("type", "whisper").build().toString();
    }

    private static JsonObject whisperObject(Whisper whisper) {
        return Json.createObjectBuilder().add("chatId", whisper.chatId()).add("requestId", whisper.requestId())
                .add("from", whisper.authorName()).add("text", whisper.text())
                .add("sentAt", whisper.sentAt().toString()).build();
    }

    /**
     * To a supporter's console: how many requests for support wait for someone to take them (on the board), and who
     * asked the newest.
     */
    static String wanted(List<SupportService.Listed> requests) {
        List<SupportRequest> open = requests.stream().map(SupportService.Listed::request)
                .filter(request -> request.state() == be.clbchat.domain.support.SupportState.OPEN).toList();
        JsonObjectBuilder frame = Json.createObjectBuilder().add("type", "supportWanted").add("open", open.size());
        if (!open.isEmpty()) {
            SupportRequest newest = open.get(open.size() - 1);
            frame.add("newestId", newest.id()).add("newestAlias", newest.operatorAlias())
                    .add("urgent", open.stream().anyMatch(SupportRequest::urgent));
        }
        return frame.build().toString();
    }

    /** To a supporter's board: the requests they may take or took, oldest first. */
    static String requests(String supporter, List<SupportService.Listed> requests) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (SupportService.Listed listed : requests) {
            SupportRequest request = listed.request();
            JsonObjectBuilder json = Json.createObjectBuilder().add("id", request.id()).add("line", request.lineCode())
                    .add("lineName", listed.lineName()).add("operatorAlias", request.operatorAlias())
                    .add("note", request.note()).add("urgent", request.urgent())
                    .add("askedAt", request.askedAt().toString())
                    .add("state", request.state().name().toLowerCase(Locale.ROOT))
                    .add("mine", request.supportedBy(supporter)).add("chatGoing", listed.chatGoing());
            request.supporterName().ifPresent(name -> json.add("supporterName", name));
            if (request.supportedBy(supporter)) {
                json.add("supporterNote", request.supporterNote()).add("operatorNote", request.operatorNote());
            }
            array.add(json);
        }
        return Json.createObjectBuilder().add("type", "supportRequests").add("requests", array).build().toString();
    }

    /** To the supporter who took the request: the chat so far, and what they whispered. */
    static String readAlong(SupportService.ReadAlong read) {
        JsonArrayBuilder messages = Json.createArrayBuilder();
        read.messages().forEach(message -> messages.add(messageObject(message)));
        JsonArrayBuilder whispers = Json.createArrayBuilder();
        read.whispers().forEach(whisper -> whispers.add(whisperObject(whisper)));
        return Json.createObjectBuilder().add("type", "readAlong").add("requestId", read.request().id())
                .add("chatId", read.request().chatId()).add("line", read.chat().lineCode())
                .add("operatorAlias", read.request().operatorAlias())
                .add("nickname", read.chat().visitor().nickname())
                .add("acceptedAt", read.chat().acceptedAt().map(Object::toString).orElse(""))
                .add("messages", messages).add("whispers", whispers).build().toString();
    }

    /** To the supporter reading along: one more message of the chat. */
    static String readAlongMessage(long requestId, String chatId, ChatMessage message) {
        return Json.createObjectBuilder(messageObject(message)).add("type", "readAlongMessage")
                .add("requestId", requestId).add("chatId", chatId).build().toString();
    }

    /** To the supporter reading along: the chat ended (or left its operator); the notes come next. */
    static String readAlongEnded(long requestId, String chatId) {
        return Json.createObjectBuilder().add("type", "readAlongEnded").add("requestId", requestId)
                .add("chatId", chatId).build().toString();
    }

    private static JsonObject messageObject(ChatMessage message) {
        return Json.createObjectBuilder().add("seq", message.seq()).add("from", message.sender().code())
                .add("text", message.text()).add("sentAt", message.sentAt().toString()).build();
    }
}
