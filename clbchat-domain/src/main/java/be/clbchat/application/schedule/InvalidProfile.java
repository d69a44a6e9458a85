package be.clbchat.application.schedule;

import be.clbchat.domain.schedule.ShiftRefusal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An operator profile that cannot be saved, with what is wrong per field. */
public class InvalidProfile extends ShiftRefusal {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> fields;

    public InvalidProfile(Map<String, String> fields) {
        super(Kind.INVALID, "invalid-profile", String.join(" ", fields.values()));
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Map<String, String> fields() {
        return fields;
    }
}
