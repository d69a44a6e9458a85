package be.clbchat.web.api;

/**
 * The body of every error the API returns: a stable code for programs and a sentence for people.
 *
 * @param error   machine-readable code, e.g. {@code not-found}
 * @param message what went wrong, in a sentence
 */
public record ApiError(String error, String message) {
}
