package be.clbchat.domain.caller;

import be.clbchat.domain.Refusal;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The random key a visitor's browser keeps so that a returning visitor can be recognised without knowing who they
 * are: 32 random bytes in URL-safe Base64 (43 characters). It is checked here and then only ever hashed with a
 * server secret; the key itself is stored nowhere.
 */
public final class Pseudonym {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{43}");

    private Pseudonym() {
    }

    /** The key when it is one the visitor page makes; a refusal naming the field otherwise. */
    public static String checkedKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw Refusal.invalid("invalid-field", Map.of("pseudonym",
                    "\"pseudonym\" is 43 tekens: letters, cijfers, - en _ (32 willekeurige bytes in Base64url)."));
        }
        return key;
    }
}
