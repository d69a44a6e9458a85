package be.clbchat.web.api;

import java.util.Map;

/**
 * The body of every error the API returns: a stable code for programs, a sentence for people and, for a body whose
 * fields are wrong, what is wrong per field.
 *
 * @param error   machine-readable code, e.g. {@code not-found}
 * @param message what went wrong, in a sentence
 * @param fields  per field what is wrong; left out when the error is not about fields
 */
public record ApiError(String error, String message, Map<String, String> fields) {

    public ApiError(String error, String message) {
        this(error, message, null);
    }
}
