package be.clbchat.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "CLBch@t API", version = "1",
        description = "Public information about the CLBch@t chat lines, and the staff API."))
public class ClbchatApi extends Application {
}
