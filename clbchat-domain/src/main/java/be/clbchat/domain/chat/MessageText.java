package be.clbchat.domain.chat;

import be.clbchat.domain.Refusal;

/** The rules for the text of one chat message. */
public final class MessageText {

    public static final int MAX_LENGTH = 2000;

    private MessageText() {
    }

    /** The text as it is stored: without surrounding blanks, 1 to 2,000 characters (counted as people count them). */
    public static String check(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw Refusal.invalid("invalid-field", "Een bericht mag niet leeg zijn (text).");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
            throw Refusal.invalid("text-too-long", "Je bericht is te lang: hoogstens " + MAX_LENGTH + " tekens.");
        }
        return trimmed;
    }
}
