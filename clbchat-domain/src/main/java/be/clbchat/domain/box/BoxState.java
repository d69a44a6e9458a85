package be.clbchat.domain.box;

import be.clbchat.domain.chat.Coded;

/** Where a box is in its life: only a published box opens, and only inside its windows. */
public enum BoxState implements Coded {
    /** Being prepared: the public page answers "niet gevonden". */
    DRAFT("draft", "Concept"),
    /** Open inside its windows; the public page shows when. */
    PUBLISHED("published", "Gepubliceerd"),
    /** Done: the public page stays, with a friendly text that points to CLBch@t. */
    ARCHIVED("archived", "Gearchiveerd");

    private final String code;
    private final String label;

    BoxState(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
