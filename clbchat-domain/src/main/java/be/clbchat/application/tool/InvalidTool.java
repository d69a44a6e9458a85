package be.clbchat.application.tool;

import be.clbchat.application.ApplicationProblem;
import java.util.Map;

/** A tool that cannot be saved, with what is wrong per field of the form. */
public class InvalidTool extends ApplicationProblem {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> fields;

    public InvalidTool(Map<String, String> fields) {
        super(Kind.INVALID, "invalid-tool", String.join(" ", fields.values()));
        this.fields = Map.copyOf(fields);
    }

    public Map<String, String> fields() {
        return fields;
    }
}
