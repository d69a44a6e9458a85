package be.clbchat.domain.chat;

/** The only thing kept about a visitor's device, as the page reports it: for statistics. */
public enum DeviceClass implements Coded {
    MOBILE("mobile"), TABLET("tablet"), DESKTOP("desktop");

    private final String code;

    DeviceClass(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
