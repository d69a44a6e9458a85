package be.clbchat.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChatscanDrawTest {

    private static final ChatscanPeriod NOVEMBER = new ChatscanPeriod(LocalDate.of(2026, 11, 1), 1);

    private static List<String> chats(int count, long seed) {
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(new UUID(random.nextLong(), random.nextLong()).toString());
        }
        return ids;
    }

    @Test
    void theSameCandidatesGiveTheSameDrawInAnyOrder() {
        List<String> candidates = chats(40, 1);
        List<String> drawn = ChatscanDraw.draw(NOVEMBER, candidates, 2);
        assertThat(drawn).hasSize(2).doesNotHaveDuplicates();
        assertThat(candidates).containsAll(drawn);
        List<String> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(ChatscanDraw.draw(NOVEMBER, shuffled, 2)).isEqualTo(drawn);
        assertThat(ChatscanDraw.draw(NOVEMBER.previous(), candidates, 2)).as("another period draws anew")
                .isNotEqualTo(drawn);
    }

    @Test
    void fewerCandidatesThanAskedGivesThemAllAndNoneGivesNone() {
        assertThat(ChatscanDraw.draw(NOVEMBER, List.of("a", "b"), 3)).containsExactlyInAnyOrder("a", "b");
        assertThat(ChatscanDraw.draw(NOVEMBER, List.of(), 1)).isEmpty();
        assertThat(ChatscanDraw.draw(NOVEMBER, List.of("a"), 0)).isEmpty();
    }

    @Test
    void everyChatHasTheSameChance() {
        // 2,000 operators with 5 chats each, one drawn per operator: each position is drawn about 400 times.
        Map<Integer, Integer> drawnAt = new HashMap<>();
        for (int operator = 0; operator < 2000; operator++) {
            List<String> candidates = chats(5, operator);
            String drawn = ChatscanDraw.draw(NOVEMBER, candidates, 1).get(0);
            drawnAt.merge(candidates.indexOf(drawn), 1, Integer::sum);
        }
        assertThat(drawnAt).hasSize(5);
        assertThat(drawnAt.values()).allSatisfy(times -> assertThat(times).isBetween(320, 480));
    }
}
