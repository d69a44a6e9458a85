package be.clbchat.domain.staff;

/**
 * The role names as the container knows them ({@code @RolesAllowed}, web.xml, the identity store's groups).
 * Constants, because annotations need them at compile time; {@link StaffRole} is the typed view.
 */
public final class StaffRoles {
    public static final String OPERATOR = "operator";
    public static final String COORDINATOR = "coordinator";
    public static final String CLB_ADMIN = "clb-admin";
    public static final String ADMIN = "admin";
    public static final String CLB_STAFF = "clb-staff";

    private StaffRoles() {
    }
}
