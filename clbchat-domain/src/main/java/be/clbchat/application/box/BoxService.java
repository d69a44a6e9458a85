package be.clbchat.application.box;

import be.clbchat.domain.box.Box;
import be.clbchat.domain.box.BoxState;
import be.clbchat.domain.clb.Clb;
import be.clbchat.domain.opening.OpeningStatus;
import be.clbchat.domain.staff.StaffAccount;
import java.util.List;
import java.util.Set;

/**
 * The chat-met-je-CLB boxes, scoped to the caller as {@code ClbService} scopes CLBs: a box of a CLB the caller may
 * not see, or of another CLB than the one asked for, is "not found".
 */
public interface BoxService {

    /** A box with its CLB and its team, as its CLB's admin sees it. */
    record BoxView(Box box, Clb clb, List<String> team) {
        public BoxView {
            team = List.copyOf(team);
        }
    }

    /** A box as the public sees it: never a draft. */
    record PublicBox(Box box, Clb clb, OpeningStatus status) {
    }

    /** The box and the CLB's other data a coordinator's overview shows. */
    record Overview(Box box, Clb clb, boolean openNow, long chats) {
    }

    List<BoxView> boxes(String caller, String clb);

    BoxView box(String caller, String clb, String code);

    /** Every box the caller may see, with whether it is open now and its chats so far. */
    List<Overview> overview(String caller);

    /** Makes a box, as a draft unless {@code state} says otherwise (null: a draft); all or nothing. */
    BoxView create(String caller, String clb, Box.Draft draft, Set<String> team, BoxState state);

    /** Replaces what the box says, its windows, its team and its state at once; nothing is saved on a refusal. */
    BoxView change(String caller, String clb, String code, Box.Draft draft, Set<String> team, BoxState state);

    /** Who may be in a box's team: the CLB's active staff accounts. */
    List<StaffAccount> teamCandidates(String caller, String clb);

    /** The box at {@code /clb/{clb}/{slug}} for everyone: published or archived, of an active CLB. */
    PublicBox publicBox(String clb, String slug);
}
