package be.clbchat.domain.clb;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four networks the 61 CLBs belong to. */
public enum ClbNetwork {
    GO("GO!", "go"),
    OVSG("OVSG", "ovsg"),
    POV("POV", "pov"),
    VRIJ_CLB_NETWERK("Vrij CLB Netwerk", "vrij-clb-netwerk");

    private final String label;
    private final String code;

    ClbNetwork(String label, String code) {
        this.label = label;
        this.code = code;
    }

    public String label() {
        return label;
    }

    /** The word the API uses. */
    public String code() {
        return code;
    }

    /** The network someone wrote: its label, its code or its name, in any case ("GO!", "go", "Vrij CLB Netwerk"). */
    public static Optional<ClbNetwork> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(network -> network.label.toLowerCase(Locale.ROOT).equals(wanted)
                || network.code.equals(wanted) || network.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
