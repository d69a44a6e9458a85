package be.clbchat.domain.quality;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The random draw of the chatscan, fair and reproducible: each candidate chat of an operator gets the number
 * SHA-256("{period start}:{chat id}"), and the lowest numbers are drawn. A chat id is itself random, so every chat of
 * the operator has the same chance; anyone with the list of candidates can draw again and get the same chats; and
 * nobody can steer it, because the number depends only on the period and the chat.
 */
public final class ChatscanDraw {

    private ChatscanDraw() {
    }

    /** The {@code count} chats drawn from {@code candidates} (chat ids) for {@code period}, in the order drawn. */
    public static List<String> draw(ChatscanPeriod period, Collection<String> candidates, int count) {
        return candidates.stream().distinct()
                .sorted(Comparator.comparing((String chat) -> number(period, chat)).thenComparing(chat -> chat))
                .limit(Math.max(0, count)).toList();
    }

    /** The number a chat draws with, in hex: the order of the draw. */
    public static String number(ChatscanPeriod period, String chatId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((period.start() + ":" + chatId).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
