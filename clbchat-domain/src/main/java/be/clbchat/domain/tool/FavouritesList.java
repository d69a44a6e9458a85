package be.clbchat.domain.tool;

/** The two favourites lists of the sector's social map. */
public enum FavouritesList {
    /** Tools CLB staff use in blended help. */
    STAFF("Voor CLB-medewerkers"),
    /** Tools pupils can use on their own. */
    PUPILS("Voor leerlingen");

    private final String label;

    FavouritesList(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
