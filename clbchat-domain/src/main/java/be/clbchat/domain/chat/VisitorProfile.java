package be.clbchat.domain.chat;

import be.clbchat.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Optional;

/**
 * What an anonymous visitor tells before the chat: a nickname, pupil or parent, and optionally age, gender and the
 * kind of device. Nothing else about the visitor is ever kept.
 */
@Embeddable
public class VisitorProfile {

    public static final int MAX_NICKNAME = 30;
    public static final int MIN_AGE = 6;
    public static final int MAX_AGE = 99;

    @Column(name = "nickname", nullable = false, length = MAX_NICKNAME)
    private String nickname;

    @Enumerated(EnumType.STRING)
    @Column(name = "visitor_role", nullable = false, length = 10)
    private VisitorRole role;

    @Column(name = "age")
    private Integer age;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 10)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "device", length = 10)
    private DeviceClass device;

    protected VisitorProfile() {
        // for JPA
    }

    /** Checks what the visitor typed; a {@link Refusal} names the field that is wrong. */
    public VisitorProfile(String nickname, VisitorRole role, Integer age, Gender gender, DeviceClass device) {
        String trimmed = nickname == null ? "" : nickname.strip();
        if (trimmed.isEmpty()) {
            throw Refusal.invalid("invalid-field", "Kies een schuilnaam (nickname).");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_NICKNAME) {
            throw Refusal.invalid("invalid-field", "Je schuilnaam (nickname) is hoogstens " + MAX_NICKNAME + " tekens.");
        }
        if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
            throw Refusal.invalid("invalid-field", "Je schuilnaam (nickname) bevat een teken dat niet mag.");
        }
        if (role == null) {
            throw Refusal.invalid("invalid-field",
                    "Zeg wie je bent: een leerling, een ouder of een leerkracht (role: pupil, parent of teacher).");
        }
        if (age != null && (age < MIN_AGE || age > MAX_AGE)) {
            throw Refusal.invalid("invalid-field", "Je leeftijd (age) ligt tussen " + MIN_AGE + " en " + MAX_AGE + ".");
        }
        this.nickname = trimmed;
        this.role = role;
        this.age = age;
        this.gender = gender;
        this.device = device;
    }

    public String nickname() {
        return nickname;
    }

    public VisitorRole role() {
        return role;
    }

    public Optional<Integer> age() {
        return Optional.ofNullable(age);
    }

    public Optional<Gender> gender() {
        return Optional.ofNullable(gender);
    }

    public Optional<DeviceClass> device() {
        return Optional.ofNullable(device);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof VisitorProfile that && nickname.equals(that.nickname)
                && role == that.role && Objects.equals(age, that.age) && gender == that.gender && device == that.device;
    }

    @Override
    public int hashCode() {
        return Objects.hash(nickname, role, age, gender, device);
    }
}
