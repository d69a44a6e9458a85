package be.clbchat.admin.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** What a page tells the person using it: at a field (by client id) or for the whole page (null). */
public final class Messages {

    private Messages() {
    }

    /** An error at {@code clientId}; marks the request as failed validation so nothing after it counts. */
    public static void error(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
