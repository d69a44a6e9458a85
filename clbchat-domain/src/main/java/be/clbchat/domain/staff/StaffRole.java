package be.clbchat.domain.staff;

import java.util.Arrays;

/** What a member of staff may do. Stored and sent by its {@link #code()}. */
public enum StaffRole {
    /** Answers chats in the operator console. */
    OPERATOR(StaffRoles.OPERATOR),
    /** Coordination team: schedules, opening rules, quality, statistics. */
    COORDINATOR(StaffRoles.COORDINATOR),
    /** A CLB's own login, for its chat-met-je-CLB box. */
    CLB_ADMIN(StaffRoles.CLB_ADMIN),
    /** Platform administrator. */
    ADMIN(StaffRoles.ADMIN),
    /** Staff of one CLB: answers that CLB's boxes in the operator console, without being a CLBch@t operator. */
    CLB_STAFF(StaffRoles.CLB_STAFF);

    private final String code;

    StaffRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static StaffRole fromCode(String code) {
        return Arrays.stream(values())
                .filter(role -> role.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown staff role: " + code));
    }
}
