package be.clbchat.web.chat;

import be.clbchat.application.handover.HandoverService;
import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.chat.ChatMessage;
import be.clbchat.domain.handover.Handover;
import be.clbchat.domain.handover.HandoverKind;
import be.clbchat.domain.handover.HandoverState;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The frames of a hand-over (docs/chat-protocol.md, "Hand-over"): to the operator who hands over, to the receivers who
 * may take it, and to the visitor, who is asked first (to another line) and always told, in plain Dutch, what happens.
 */
final class HandoverFrames {

    private HandoverFrames() {
    }

    /** To the console that asked: who and which lines the chat can go to now. */
    static String options(HandoverService.Options options) {
        JsonArrayBuilder colleagues = Json.createArrayBuilder();
        options.colleagues().forEach(colleague -> {
            JsonObjectBuilder item = Json.createObjectBuilder().add("username", colleague.username())
                    .add("alias", colleague.alias()).add("free", colleague.free());
            colleague.discipline().ifPresent(discipline -> item.add("discipline", discipline));
            colleagues.add(item);
        });
        JsonArrayBuilder lines = Json.createArrayBuilder();
        options.lines().forEach(target -> {
            JsonObjectBuilder item = Json.createObjectBuilder().add("code", target.line().code())
                    .add("name", target.line().name()).add("open", target.open())
                    .add("available", target.available()).add("box", target.box());
            target.partner().ifPresent(organisation -> item.add("partner", organisation));
            lines.add(item);
        });
        return Json.createObjectBuilder().add("type", "handoverOptions").add("chatId", options.chat().toString())
                .add("colleagues", colleagues).add("lines", lines).build().toString();
    }

    /** To the operator who hands over: where it stands. */
    static String forOperator(Handover handover, Function<String, String> lineName) {
        JsonObjectBuilder frame = Json.createObjectBuilder().add("type", "handover")
                .add("chatId", handover.chatId().toString()).add("handoverId", handover.id().toString())
                .add("kind", code(handover.kind())).add("warm", handover.warm())
                .add("toLine", handover.toLine()).add("toLineName", lineName.apply(handover.toLine()))
                .add("state", code(handover.state()));
        handover.toOperator().ifPresent(named -> frame.add("toOperator", named));
        handover.takenAlias().ifPresent(alias -> frame.add("takenBy", alias));
        handover.shareTranscript().ifPresent(share -> frame.add("shareTranscript", share));
        return frame.build().toString();
    }

    /**
     * To the visitor: the question ({@code handoverAsk}) while it is asked, else a {@code handover} frame with
     * the state and a sentence to show. Nothing while a colleague is still thinking it over is hidden from them.
     */
    static String forVisitor(Handover handover, Function<String, String> lineName) {
        String toName = lineName.apply(handover.toLine());
        if (handover.state() == HandoverState.ASKING) {
            return Json.createObjectBuilder().add("type", "handoverAsk").add("handoverId", handover.id().toString())
                    .add("toLineName", toName).add("warm", handover.warm())
                    .add("fromAlias", handover.fromAlias()).build().toString();
        }
        String from = handover.fromAlias();
        String state;
        String text;
        switch (handover.state()) {
            case WAITING -> {
                if (handover.movesAtOnce()) {
                    state = "moved";
                    text = "Je wordt doorverbonden met " + toName + ". Je wacht vooraan tot iemand er is.";
                } else if (handover.kind() == HandoverKind.COLLEAGUE) {
                    state = "waiting";
                    text = from + " vraagt een collega om het gesprek over te nemen. " + from
                            + " blijft bij je tot die er is.";
                } else {
                    state = "waiting";
                    text = "Je wordt doorverbonden met " + toName + ". " + from + " blijft bij je tot iemand er is.";
                }
            }
            case REFUSED -> {
                state = "refused";
                text = "Oké, je blijft bij " + from + ".";
            }
            case WITHDRAWN -> {
                state = "withdrawn";
                text = "Je blijft bij " + from + ".";
            }
            case LAPSED -> {
                state = "lapsed";
                text = "Doorverbinden lukt nu niet. Je blijft bij " + from + ".";
            }
            default -> {
                state = code(handover.state());
                text = "";
            }
        }
        return Json.createObjectBuilder().add("type", "handover").add("state", state).add("toLineName", toName)
                .add("text", text).build().toString();
    }

    /** To the visitor: someone new joined the chat. */
    static String joined(Chat chat, Function<String, String> lineName) {
        String alias = chat.operatorAlias().orElseThrow();
        String line = lineName.apply(chat.lineCode());
        return Json.createObjectBuilder().add("type", "handedOver").add("operatorAlias", alias)
                .add("lineName", line).add("text", "Je praat nu met " + (alias.equals(line) ? line
                        : alias + " van " + line) + ".")
                .build().toString();
    }

    /** To the operator who handed over: the chat left them. */
    static String left(Handover handover, Chat chat, Function<String, String> lineName) {
        JsonObjectBuilder frame = Json.createObjectBuilder().add("type", "handedOver")
                .add("chatId", chat.id().toString()).add("handoverId", handover.id().toString())
                .add("toLineName", lineName.apply(handover.toLine())).add("cold", handover.movesAtOnce());
        chat.operatorAlias().ifPresent(alias -> frame.add("toAlias", alias));
        return frame.build().toString();
    }

    /** The chat for the receiver who took it, with what they may read and the hand-over's note. */
    static String accepted(Chat chat, Collection<ChatMessage> visible, Handover handover,
                           java.util.Optional<be.clbchat.domain.caller.CallerCaution> caution,
                           Function<String, String> lineName) {
        JsonObjectBuilder chatJson = Json.createObjectBuilder(Frames.chatForOperator(chat, visible, caution));
        chatJson.add("handover", about(handover, lineName));
        return Json.createObjectBuilder().add("type", "accepted").add("chat", chatJson).build().toString();
    }

    /** What a receiver knows of a hand-over. */
    static JsonObjectBuilder about(Handover handover, Function<String, String> lineName) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("handoverId", handover.id().toString())
                .add("kind", code(handover.kind())).add("warm", handover.warm())
                .add("fromAlias", handover.fromAlias()).add("fromLine", handover.fromLine())
                .add("fromLineName", lineName.apply(handover.fromLine()))
                .add("shared", handover.sharesTranscript());
        handover.note().ifPresent(note -> json.add("note", note));
        return json;
    }

    /** To a receiver: the warm hand-overs they could take now (an empty list when none). */
    static String offers(List<HandoverService.Offer> offers, Function<String, String> lineName) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (HandoverService.Offer offer : offers) {
            JsonObjectBuilder item = about(offer.handover(), lineName)
                    .add("chatId", offer.chat().id().toString())
                    .add("toLine", offer.handover().toLine())
                    .add("nickname", offer.chat().visitor().nickname())
                    .add("role", offer.chat().visitor().role().code())
                    .add("offeredAt", offer.handover().offeredAt().toString())
                    .add("named", offer.handover().toOperator().isPresent());
            offer.chat().visitor().age().ifPresent(age -> item.add("age", age));
            JsonArrayBuilder messages = Json.createArrayBuilder();
            offer.shared().forEach(message -> messages.add(Frames.messageFields(Json.createObjectBuilder(), message)));
            array.add(item.add("messages", messages));
        }
        return Json.createObjectBuilder().add("type", "handoverOffers").add("offers", array).build().toString();
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
