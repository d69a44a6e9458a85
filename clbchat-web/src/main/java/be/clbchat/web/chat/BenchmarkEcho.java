package be.clbchat.web.chat;

import jakarta.websocket.Endpoint;
import java.io.IOException;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerApplicationConfig;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The chat endpoints, plus — only when {@code CLBCHAT_BENCHMARK_ECHO=true} — a bare echo socket at /ws/echo: the load
 * benchmark measures it in the same run as the chat, as the floor of what this server and machine can do.
 */
public class BenchmarkEcho implements ServerApplicationConfig {

    @Override
    public Set<ServerEndpointConfig> getEndpointConfigs(Set<Class<? extends Endpoint>> scanned) {
        boolean wanted = ConfigProvider.getConfig().getOptionalValue("CLBCHAT_BENCHMARK_ECHO", Boolean.class)
                .orElse(false);
        return wanted ? Set.of(ServerEndpointConfig.Builder.create(Echo.class, "/ws/echo").build()) : Set.of();
    }

    @Override
    public Set<Class<?>> getAnnotatedEndpointClasses(Set<Class<?>> scanned) {
        return scanned;
    }

    /** Sends every text frame straight back. */
    public static class Echo extends Endpoint {
        @Override
        public void onOpen(Session session, EndpointConfig config) {
            session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> {
                try {
                    session.getBasicRemote().sendText(text);
                } catch (IOException gone) {
                    // The client left; nothing to do for an echo.
                }
            });
        }
    }
}
