package be.clbchat.domain.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One message of a chat, numbered by {@link #seq()} within its chat. Written once, never changed. */
@Entity
@Table(name = "chat_message")
@IdClass(ChatMessage.Key.class)
@NamedQuery(name = ChatMessage.AFTER,
        query = "SELECT m FROM ChatMessage m WHERE m.chatId = :chat AND m.seq > :seq ORDER BY m.seq")
@NamedQuery(name = ChatMessage.BY_CLIENT_ID,
        query = "SELECT m FROM ChatMessage m WHERE m.chatId = :chat AND m.sender = :sender AND m.clientMsgId = :id")
public class ChatMessage {

    public static final String AFTER = "ChatMessage.after";
    public static final String BY_CLIENT_ID = "ChatMessage.byClientId";

    /** The primary key: chat and number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String chatId;
        private int seq;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && chatId.equals(key.chatId) && seq == key.seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(chatId, seq);
        }
    }

    @Id
    @Column(name = "chat_id", length = 36)
    private String chatId;

    @Id
    @Column(name = "seq")
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "sender", nullable = false, length = 10)
    private Party sender;

    @Column(name = "client_msg_id", nullable = false, length = 36)
    private String clientMsgId;

    @Column(name = "body", nullable = false, length = MessageText.MAX_LENGTH)
    private String text;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ChatMessage() {
        // for JPA
    }

    ChatMessage(String chatId, int seq, Party sender, UUID clientMsgId, String text, Instant sentAt) {
        this.chatId = Objects.requireNonNull(chatId, "chatId");
        this.seq = seq;
        this.sender = Objects.requireNonNull(sender, "sender");
        this.clientMsgId = Objects.requireNonNull(clientMsgId, "clientMsgId").toString();
        this.text = MessageText.check(text);
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
    }

    public String chatId() {
        return chatId;
    }

    public int seq() {
        return seq;
    }

    public Party sender() {
        return sender;
    }

    public UUID clientMsgId() {
        return UUID.fromString(clientMsgId);
    }

    public String text() {
        return text;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
