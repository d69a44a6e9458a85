package be.clbchat.web.chat;

import be.clbchat.domain.Refusal;
import be.clbchat.domain.chat.Coded;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;
import java.util.UUID;

/**
 * One JSON frame from a client, read without state: typed getters that say in Dutch which field is missing or wrong.
 */
final class InboundFrame {

    private final JsonObject json;

    private InboundFrame(JsonObject json) {
        this.json = json;
    }

    static InboundFrame parse(String text) {
        FrameShape.check(text);
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw Refusal.invalid("invalid-json", "Een bericht is een JSON-object met een \"type\".");
            }
            return new InboundFrame(value.asJsonObject());
        } catch (JsonException | IllegalStateException e) {
            throw Refusal.invalid("invalid-json", "Dit is geen geldige JSON.");
        }
    }

    String type() {
        JsonValue type = json.get("type");
        if (type instanceof JsonString string) {
            return string.getString();
        }
        throw Refusal.invalid("unknown-type", "Een bericht heeft een \"type\" (tekst).");
    }

    /** The client's message id, when the frame has a well-formed one: for naming the message in an error. */
    Optional<String> clientMsgIdIfAny() {
        return json.get("clientMsgId") instanceof JsonString string ? Optional.of(string.getString()) : Optional.empty();
    }

    String text(String field) {
        return optionalText(field).orElseThrow(() -> invalid(field, "is verplicht"));
    }

    Optional<String> optionalText(String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString string) {
            return Optional.of(string.getString());
        }
        throw invalid(field, "moet tekst zijn");
    }

    Optional<Integer> optionalWholeNumber(String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return Optional.of(number.intValueExact());
            } catch (ArithmeticException tooBig) {
                throw invalid(field, "is te groot");
            }
        }
        throw invalid(field, "moet een geheel getal zijn");
    }

    int wholeNumber(String field) {
        return optionalWholeNumber(field).orElseThrow(() -> invalid(field, "is verplicht"));
    }

    Optional<Boolean> optionalBool(String field) {
        JsonValue value = json.get(field);
        return value == null || value == JsonValue.NULL ? Optional.empty() : Optional.of(bool(field));
    }

    boolean bool(String field) {
        JsonValue value = json.get(field);
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value == JsonValue.FALSE) {
            return false;
        }
        throw invalid(field, "moet true of false zijn");
    }

    UUID uuid(String field) {
        String text = text(field);
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equalsIgnoreCase(text)) {
                return id;
            }
        } catch (IllegalArgumentException notAUuid) {
            // said below
        }
        throw invalid(field, "moet een UUID zijn, bv. 0d3b7c2e-6a55-4a8e-9a57-7d6c2b7f1e10");
    }

    <E extends Enum<E> & Coded> Optional<E> optionalCode(String field, Class<E> type) {
        return optionalText(field).map(code -> Coded.fromCode(type, code)
                .orElseThrow(() -> invalid(field, "is een van: " + Coded.codes(type))));
    }

    <E extends Enum<E> & Coded> E code(String field, Class<E> type) {
        return optionalCode(field, type).orElseThrow(() -> invalid(field, "is verplicht: " + Coded.codes(type)));
    }

    private static Refusal invalid(String field, String what) {
        return Refusal.invalid("invalid-field", "\"" + field + "\" " + what + ".");
    }
}
