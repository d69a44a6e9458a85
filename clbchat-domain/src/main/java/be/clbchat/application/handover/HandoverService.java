package be.clbchat.application.handover;

import be.clbchat.domain.chat.Chat;
import be.clbchat.domain.chat.ChatMessage;
import be.clbchat.domain.handover.Handover;
import be.clbchat.domain.handover.HandoverKind;
import be.clbchat.domain.line.Line;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Handing a live chat over: to a colleague on the same line, or to another line the coordinators allow (CLBch@t and a
 * CLB's box, or a partner helpline). Every refusal is a {@link be.clbchat.domain.Refusal}; every change is reported
 * as a {@link be.clbchat.application.chat.ChatEvent} after it committed.
 */
public interface HandoverService {

    /** A colleague on the chat's line, and whether they can take a chat now (online, available, with room). */
    record Colleague(String username, String alias, Optional<String> discipline, boolean free) {
    }

    /**
     * A line the chat may go to: whether it is open now and how many of its team are available.
     *
     * @param partner the organisation of a partner line; empty for CLBch@t and a box
     */
    record TargetLine(Line line, boolean open, int available, boolean box, Optional<String> partner) {
        /** Whether a hand-over to it can be offered now. */
        public boolean possible() {
            return open && available > 0;
        }
    }

    /** What the operator of {@code chat} can hand it over to, now. */
    record Options(UUID chat, List<Colleague> colleagues, List<TargetLine> lines) {
        public Options {
            colleagues = List.copyOf(colleagues);
            lines = List.copyOf(lines);
        }
    }

    /**
     * A warm hand-over waiting for its receiver, as a receiver sees it: the note, who hands it over from which line,
     * the visitor's profile, and what of the chat they may read before deciding (empty unless the visitor allowed it).
     */
    record Offer(Handover handover, Chat chat, String fromLineName, List<ChatMessage> shared) {
        public Offer {
            shared = List.copyOf(shared);
        }
    }

    /** The chat its operator holds; anyone else's is "not found". */
    Options options(String operator, UUID chat);

    /**
     * The operator of {@code chat} offers it: {@code to} is a colleague's username (or empty: whoever of the team) for
     * {@link HandoverKind#COLLEAGUE}, a line code for {@link HandoverKind#LINE}.
     */
    Handover offer(String operator, UUID chat, HandoverKind kind, boolean warm, Optional<String> to, String note);

    /** The first operator takes their hand-over back before anyone joined. */
    Handover withdraw(String operator, UUID handover);

    /** The visitor of {@code chat} answers the question of a hand-over to another line. */
    Handover answer(UUID chat, UUID handover, boolean agree, boolean share);

    /** A receiver joins: the chat is theirs; the first operator leaves it. */
    Chat take(String operator, UUID handover);

    /** The open hand-over of a chat, if there is one. */
    Optional<Handover> openOf(UUID chat);

    /** The warm hand-overs this operator could take now. */
    List<Offer> offersFor(String operator);

    /**
     * The chat was taken from {@code chat}'s line's queue (the caller holds its lock): when a cold hand-over brought it
     * there, that hand-over reached its receiver.
     */
    Optional<Handover> takenFromQueue(Chat chat, String username, String alias);

    /** The chat ended or went back to the queue: its open hand-over lapses. */
    void chatLeftOperator(UUID chat);

    /** The coordinators' allow-list: from-line to the lines it may hand over to. */
    Map<String, Set<String>> routes();

    void addRoute(String caller, String from, String to);

    void removeRoute(String caller, String from, String to);

    /** A partner line: a line of the platform for another organisation, with its own (new) team and hours. */
    Line createPartnerLine(String caller, String code, String name, String organisation);

    /** Puts an operator login in a partner line's team (coordinators and admins). */
    void addToPartnerTeam(String caller, String line, String username);

    /** Takes someone out of a partner line's team; 404 when they were not in it. */
    void removeFromPartnerTeam(String caller, String line, String username);

    /**
     * The partner line's alias policy: {@code name} (1-30 characters) is what its visitors see for whoever answers;
     * empty: each operator's own alias. Chats already going on keep the name they were answered with.
     */
    void setShownAs(String caller, String line, Optional<String> name);

    /** A partner line as the coordinators keep it: its organisation, its team, whether it is open now. */
    record PartnerLine(Line line, String organisation, List<String> team, boolean openNow, Optional<String> shownAs) {
        public PartnerLine {
            team = List.copyOf(team);
        }
    }

    /** Every partner line (coordinators and admins). */
    List<PartnerLine> partnerLineList(String caller);

    /** The name the visitors of {@code line} see for an operator with {@code alias}. */
    String aliasShownOn(String line, String alias);

    /** Line code to organisation. */
    Map<String, String> partnerLines();
}
