package be.clbchat.web.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.chat.Gender;
import be.clbchat.domain.chat.VisitorRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InboundFrameTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "nonsense", "[1,2]", "\"start\"", "42", "{\"type\":\"send\",}"})
    void whatIsNotAJsonObjectIsInvalidJson(String text) {
        assertThatThrownBy(() -> InboundFrame.parse(text))
                .isInstanceOf(Refusal.class).extracting("code").isEqualTo("invalid-json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"type\":3}", "{\"type\":null}"})
    void aFrameWithoutATextTypeHasAnUnknownType(String text) {
        assertThatThrownBy(() -> InboundFrame.parse(text).type())
                .isInstanceOf(Refusal.class).extracting("code").isEqualTo("unknown-type");
    }

    @Test
    void fieldsAreReadWithTheirTypes() {
        InboundFrame frame = InboundFrame.parse("{\"type\":\"start\",\"nickname\":\"Mila\",\"role\":\"pupil\","
                + "\"age\":14,\"gender\":null,\"available\":true}");
        assertThat(frame.type()).isEqualTo("start");
        assertThat(frame.text("nickname")).isEqualTo("Mila");
        assertThat(frame.code("role", VisitorRole.class)).isEqualTo(VisitorRole.PUPIL);
        assertThat(frame.optionalWholeNumber("age")).contains(14);
        assertThat(frame.optionalCode("gender", Gender.class)).isEmpty();
        assertThat(frame.bool("available")).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"age\":\"14\"}|age|moet een geheel getal zijn",
            "{\"age\":14.5}|age|moet een geheel getal zijn",
            "{\"age\":99999999999}|age|te groot",
            "{\"role\":\"grandma\"}|role|pupil, parent, teacher",
            "{}|role|verplicht",
            "{\"clientMsgId\":\"abc\"}|clientMsgId|UUID",
            "{\"clientMsgId\":7}|clientMsgId|tekst",
            "{\"available\":\"yes\"}|available|true of false"})
    void aWrongFieldIsNamedInTheMessage(String json, String field, String said) {
        InboundFrame frame = InboundFrame.parse(json);
        assertThatThrownBy(() -> {
            switch (field) {
                case "age" -> frame.optionalWholeNumber(field);
                case "role" -> frame.code(field, VisitorRole.class);
                case "clientMsgId" -> frame.uuid(field);
                default -> frame.bool(field);
            }
        }).isInstanceOf(Refusal.class).hasMessageContaining(field).hasMessageContaining(said)
                .extracting("code").isEqualTo("invalid-field");
    }
}
