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

    /** Each role as people say it, in the order a page names them ("beheerder, coördinator"). */
    public static final java.util.List<java.util.Map.Entry<String, String>> LABELS = java.util.List.of(
            java.util.Map.entry(ADMIN, "beheerder"), java.util.Map.entry(COORDINATOR, "coördinator"),
            java.util.Map.entry(CLB_ADMIN, "CLB-beheerder"), java.util.Map.entry(CLB_STAFF, "CLB-medewerker"),
            java.util.Map.entry(OPERATOR, "operator"));

    /** The labels of the roles {@code inRole} says one has, in that order, or "geen rol". */
    public static String labelsOf(java.util.function.Predicate<String> inRole) {
        String labels = LABELS.stream().filter(entry -> inRole.test(entry.getKey())).map(java.util.Map.Entry::getValue)
                .collect(java.util.stream.Collectors.joining(", "));
        return labels.isEmpty() ? "geen rol" : labels;
    }

    private StaffRoles() {
    }
}
