package be.clbchat.web.chat;

import be.clbchat.domain.Refusal;

/**
 * What a frame may look like before a JSON parser spends anything on it: one JSON object, nested at most
 * {@value #MAX_DEPTH} deep, numbers of at most {@value #MAX_NUMBER_CHARS} characters, nothing after it. One pass over
 * the characters, no allocation: 30,000 brackets or a 20,000-digit number are refused as cheaply as a typo.
 */
final class FrameShape {

    /** The deepest frame of the protocol is an operator's registration (object, list, object). */
    static final int MAX_DEPTH = 8;
    /** Longer than any number the protocol uses (a seq, an age, stars), far shorter than what costs a parser. */
    static final int MAX_NUMBER_CHARS = 20;

    private FrameShape() {
    }

    static void check(String text) {
        int depth = 0;
        int number = 0;
        boolean inString = false;
        boolean escaped = false;
        boolean closed = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (closed && !whitespace(c)) {
                throw Refusal.invalid("invalid-json", "Na het JSON-object staat nog iets; stuur één object per bericht.");
            }
            if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9') || c == 'e' || c == 'E') {
                if (++number > MAX_NUMBER_CHARS) {
                    throw Refusal.invalid("invalid-json", "Een getal is te lang (hoogstens " + MAX_NUMBER_CHARS
                            + " tekens).");
                }
                continue;
            }
            number = 0;
            switch (c) {
                case '"' -> inString = true;
                case '{', '[' -> {
                    if (++depth > MAX_DEPTH) {
                        throw Refusal.invalid("invalid-json", "Dit bericht is te diep genest (hoogstens " + MAX_DEPTH
                                + " niveaus).");
                    }
                }
                case '}', ']' -> {
                    depth--;
                    closed = depth <= 0;
                }
                default -> {
                    // letters of true/false/null, separators, whitespace: the parser judges them
                }
            }
        }
    }

    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
