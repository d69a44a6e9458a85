package be.clbchat.domain.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A login of a member of staff (operator, coordinator, CLB admin, admin). Visitors never have one.
 * The password is only ever held as a PBKDF2 hash made by Jakarta Security.
 */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = StaffAccount.COUNT_BY_ROLE,
        query = "SELECT r, COUNT(a) FROM StaffAccount a JOIN a.roles r WHERE a.active = TRUE GROUP BY r")
@NamedQuery(name = StaffAccount.OF_CLB,
        query = "SELECT a FROM StaffAccount a WHERE a.clbCode = :clb ORDER BY a.displayName, a.username")
public class StaffAccount {

    public static final String COUNT_BY_ROLE = "StaffAccount.countByRole";
    public static final String OF_CLB = "StaffAccount.ofClb";

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "active", nullable = false)
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role", length = 32)
    @Convert(converter = StaffRoleConverter.class)
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The CLB this person works for, when they belong to one; null for the coordination team. */
    @Column(name = "clb_code", length = 60)
    private String clbCode;

    /** The password was given by someone else (a new account, a reset): it is changed at the next login. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    protected StaffAccount() {
        // for JPA
    }

    public StaffAccount(Username username, String displayName, String passwordHash, Set<StaffRole> roles,
                        Instant createdAt) {
        this.username = Objects.requireNonNull(username, "username").value();
        this.displayName = requireText(displayName, "displayName");
        this.passwordHash = requireText(passwordHash, "passwordHash");
        Objects.requireNonNull(roles, "roles");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A staff account needs at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.active = true;
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }

    public Username username() {
        return new Username(username);
    }

    public String displayName() {
        return displayName;
    }

    public boolean isActive() {
        return active;
    }

    public Set<StaffRole> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(StaffRole role) {
        return roles.contains(role);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void changePasswordHash(String newPasswordHash) {
        this.passwordHash = requireText(newPasswordHash, "passwordHash");
        this.mustChangePassword = false;
    }

    /** The same password, hashed more strongly (at a login, when its hash is of fewer iterations than now made). */
    public void strengthenPasswordHash(String strongerHash) {
        this.passwordHash = requireText(strongerHash, "passwordHash");
    }

    /** A password someone else chose (a new account, a reset): valid for one login, then it must be changed. */
    public void giveOneTimePasswordHash(String newPasswordHash) {
        this.passwordHash = requireText(newPasswordHash, "passwordHash");
        this.mustChangePassword = true;
    }

    /** The password was chosen by someone else: it is changed at the next login. */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Optional<String> clbCode() {
        return Optional.ofNullable(clbCode);
    }

    public void joinClb(String clb) {
        this.clbCode = clb;
    }

    public boolean belongsTo(String clb) {
        return clb != null && clb.equals(clbCode);
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof StaffAccount account && username.equals(account.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "StaffAccount[" + username + ", " + roles + "]";
    }
}
