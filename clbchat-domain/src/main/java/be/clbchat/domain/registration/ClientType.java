package be.clbchat.domain.registration;

import be.clbchat.domain.chat.Coded;
import be.clbchat.domain.chat.VisitorRole;

/** Who the operator found they were talking to; proposed from what the visitor chose, and changeable. */
public enum ClientType implements Coded {
    PUPIL("pupil", "Leerling"),
    PARENT("parent", "Ouder"),
    TEACHER("teacher", "Leerkracht"),
    OTHER("other", "Iemand anders");

    private final String code;
    private final String label;

    ClientType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public static ClientType of(VisitorRole role) {
        return switch (role) {
            case PUPIL -> PUPIL;
            case PARENT -> PARENT;
            case TEACHER -> TEACHER;
        };
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
