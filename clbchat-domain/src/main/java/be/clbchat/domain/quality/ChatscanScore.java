package be.clbchat.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;

/** The feedback on one item of the form, with the item's text as it was when it was sent. */
@Embeddable
public class ChatscanScore {

    public static final int MAX_COMMENT = 1000;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "item_text", nullable = false, length = ChatscanItem.MAX_TEXT)
    private String itemText;

    @Column(name = "score")
    private Integer score;

    @Column(name = "comment", nullable = false, length = MAX_COMMENT)
    private String comment;

    protected ChatscanScore() {
    }

    public ChatscanScore(int position, String itemText, Integer score, String comment) {
        this.position = position;
        this.itemText = Objects.requireNonNull(itemText, "itemText");
        this.score = score;
        this.comment = Objects.requireNonNull(comment, "comment");
    }

    public int position() {
        return position;
    }

    public String itemText() {
        return itemText;
    }

    public Optional<Integer> score() {
        return Optional.ofNullable(score);
    }

    public String comment() {
        return comment;
    }
}
