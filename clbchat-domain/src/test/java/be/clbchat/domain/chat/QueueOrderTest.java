package be.clbchat.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class QueueOrderTest {

    static final Instant T = Instant.parse("2026-11-23T17:00:00Z");

    static Chat queuedAt(int minute) {
        return new Chat(UUID.randomUUID(), "clbchat", new VisitorProfile("v" + minute, VisitorRole.PUPIL, null, null,
                null), "h" + minute, T.plusSeconds(60L * minute));
    }

    @Test
    void firstComeFirstServed() {
        Chat a = queuedAt(1);
        Chat b = queuedAt(2);
        Chat c = queuedAt(3);
        assertThat(QueueOrder.sorted(List.of(c, a, b))).containsExactly(a, b, c);
    }

    @Test
    void aChatGivenBackByADroppedOperatorGoesToTheFront() {
        Chat early = queuedAt(1);
        Chat late = queuedAt(20);
        Chat givenBack = queuedAt(5);
        givenBack.acceptBy("op", "Sam", T.plusSeconds(400));
        givenBack.giveBack(T.plusSeconds(3000));
        assertThat(QueueOrder.sorted(List.of(early, late, givenBack))).containsExactly(givenBack, early, late);
    }

    @RepeatedTest(20)
    void theOrderDoesNotDependOnHowTheDatabaseReturnedThem() {
        List<Chat> chats = new ArrayList<>();
        for (int minute = 0; minute < 30; minute++) {
            chats.add(queuedAt(minute % 7));
        }
        List<Chat> expected = QueueOrder.sorted(chats);
        Collections.shuffle(chats, new Random());
        assertThat(QueueOrder.sorted(chats)).containsExactlyElementsOf(expected);
        for (int i = 1; i < expected.size(); i++) {
            assertThat(expected.get(i - 1).queuedAt()).isBeforeOrEqualTo(expected.get(i).queuedAt());
        }
    }
}
