package be.clbchat.domain.chat;

/** The answer to "hoe heb je ons gevonden?". */
public enum FoundVia implements Coded {
    SMARTSCHOOL("smartschool"), CLB_WEBSITE("clb-website"), SCHOOL_WEBSITE("school-website"),
    POSTER_FLYER("poster-flyer"), RETURNING("returning"), OTHER("other");

    private final String code;

    FoundVia(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
