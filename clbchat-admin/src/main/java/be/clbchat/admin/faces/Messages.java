package be.clbchat.admin.faces;

import be.clbchat.domain.Refusal;
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

    /**
     * What the application refused: each field it names at {@code form:field}, otherwise the sentence at
     * {@code clientId} (null: for the whole page). Marks the request as failed validation.
     */
    public static void refused(Refusal refusal, String form, String clientId) {
        if (refusal.fields().isEmpty() || form == null) {
            error(clientId, refusal.getMessage());
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        // A field the page has no input for (one window of several, the whole file) is said for the page.
        refusal.fields().forEach((field, text) -> {
            String id = form + ":" + field;
            error(onPage(faces, id) ? id : clientId, text);
        });
    }

    private static boolean onPage(FacesContext faces, String id) {
        if (faces == null || faces.getViewRoot() == null) {
            return true;
        }
        try {
            return faces.getViewRoot().findComponent(id) != null;
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }

    /** What the application refused, at {@code clientId} (null: for the whole page). */
    public static void refused(Refusal refusal, String clientId) {
        refused(refusal, null, clientId);
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
