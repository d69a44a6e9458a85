package be.clbchat.admin.box;

import be.clbchat.domain.box.Box;
import jakarta.servlet.http.HttpServletRequest;

/** A box's public address as visitors type it, on the host the admin was opened on: {@code https://…/clb/{clb}/{box}}. */
final class PublicAddress {

    private PublicAddress() {
    }

    static String of(HttpServletRequest request, Box box) {
        int port = request.getServerPort();
        boolean defaultPort = port == 80 && "http".equals(request.getScheme())
                || port == 443 && "https".equals(request.getScheme());
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + box.publicPath();
    }
}
