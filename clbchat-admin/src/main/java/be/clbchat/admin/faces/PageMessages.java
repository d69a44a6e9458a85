package be.clbchat.admin.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/**
 * The messages for the whole page (not those at a field), for WEB-INF/templates/messages.xhtml. A bean, because EL
 * turns a literal null argument into "" and would ask for the messages of a component with an empty id.
 */
@Named
@RequestScoped
public class PageMessages {

    public List<FacesMessage> getGlobal() {
        return FacesContext.getCurrentInstance().getMessageList(null);
    }
}
