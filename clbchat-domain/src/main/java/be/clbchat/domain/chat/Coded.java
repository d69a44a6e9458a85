package be.clbchat.domain.chat;

import java.util.Arrays;
import java.util.Optional;

/** A value with a stable lower-case code, the word the chat protocol uses for it. */
public interface Coded {

    String code();

    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(type.getEnumConstants()).filter(value -> value.code().equals(code)).findFirst();
    }

    /** The codes of all values, for messages such as "one of pupil, parent". */
    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Coded::code).toList());
    }
}
