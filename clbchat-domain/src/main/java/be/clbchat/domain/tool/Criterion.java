package be.clbchat.domain.tool;

/** The sector's six criteria for the online tools it recommends (annual report 2023-2024). */
public enum Criterion {
    BROAD("Zo ruim mogelijk inzetbaar in de CLB-begeleidingsdomeinen"),
    LEVELS("Voor leerlingen uit het basis-, secundair en buitengewoon onderwijs"),
    STABLE("Stabiele tool van een stabiele organisatie"),
    AFFORDABLE("Gratis, of een beheersbaar kostenplaatje"),
    EVIDENCE("Evidence based, of gebruikt evidence-based methodieken"),
    ADDED_VALUE("Effectieve inhoudelijke of organisatorische meerwaarde voor de CLB-sector");

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
