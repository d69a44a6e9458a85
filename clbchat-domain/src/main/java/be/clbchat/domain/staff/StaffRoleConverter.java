package be.clbchat.domain.staff;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a role by its code, the same string the identity store hands to the container as a group. */
@Converter(autoApply = true)
public class StaffRoleConverter implements AttributeConverter<StaffRole, String> {

    @Override
    public String convertToDatabaseColumn(StaffRole role) {
        return role == null ? null : role.code();
    }

    @Override
    public StaffRole convertToEntityAttribute(String code) {
        return code == null ? null : StaffRole.fromCode(code);
    }
}
