package be.clbchat.web.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrameAssemblyTest {

    @Test
    void fragmentsMakeOneMessage() throws Exception {
        FrameAssembly assembly = new FrameAssembly();
        assertThat(assembly.add("{\"type\":", false)).isNull();
        assertThat(assembly.add("\"ping\"", false)).isNull();
        assertThat(assembly.add("}", true)).isEqualTo("{\"type\":\"ping\"}");
        assertThat(assembly.add("{\"type\":\"pong\"}", true)).as("and then the next one, alone")
                .isEqualTo("{\"type\":\"pong\"}");
    }

    @Test
    void theLimitHoldsForTheWholeMessageNotPerFragment() throws Exception {
        FrameAssembly assembly = new FrameAssembly();
        String fragment = "x".repeat(16 * 1024);
        for (int i = 0; i < 4; i++) {
            assertThat(assembly.add(fragment, false)).isNull(); // 64 KiB: still allowed
        }
        assertThatThrownBy(() -> assembly.add("y", false)).isInstanceOf(FrameAssembly.TooBig.class);
        assertThat(assembly.add("{}", true)).as("nothing of the refused message is kept").isEqualTo("{}");
    }

    @Test
    void oneFrameAtTheLimitPassesAndOneCharacterMoreDoesNot() throws Exception {
        FrameAssembly assembly = new FrameAssembly();
        assertThat(assembly.add("z".repeat(Limits.MAX_FRAME_CHARS), true)).hasSize(Limits.MAX_FRAME_CHARS);
        assertThatThrownBy(() -> assembly.add("z".repeat(Limits.MAX_FRAME_CHARS + 1), true))
                .isInstanceOf(FrameAssembly.TooBig.class);
    }
}
