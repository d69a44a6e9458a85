package be.clbchat.domain.opening;

/** The five holiday periods of the Flemish school year (Dutch-language education). */
public enum SchoolHoliday {
    AUTUMN("herfstvakantie"),
    CHRISTMAS("kerstvakantie"),
    SPRING("krokusvakantie"),
    EASTER("paasvakantie"),
    SUMMER("zomervakantie");

    private final String dutchName;

    SchoolHoliday(String dutchName) {
        this.dutchName = dutchName;
    }

    public String dutchName() {
        return dutchName;
    }
}
