package be.clbchat.admin.box;

import be.clbchat.application.box.BoxService;
import be.clbchat.domain.Refusal;
import be.clbchat.infrastructure.qr.QrImages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The QR code of a box's public address as a file, {@code /admin/qr/{clb}/{box}.svg} or {@code .png}, for a poster.
 * Read through {@link BoxService#box}, so another CLB's box is a 404 like one that does not exist.
 */
@WebServlet("/qr/*")
public class QrDownload extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([a-z0-9-]{2,60})/([a-z0-9-]{2,40})\\.(svg|png)");

    @Inject
    private BoxService boxes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches() || request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        BoxService.BoxView box;
        try {
            box = boxes.box(request.getUserPrincipal().getName(), path.group(1), path.group(2));
        } catch (Refusal notYours) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String url = PublicAddress.of(request, box.box());
        String file = "qr-" + box.clb().code() + "-" + box.box().slug();
        if ("svg".equals(path.group(3))) {
            response.setContentType("image/svg+xml;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + file + ".svg\"");
            response.getOutputStream().write(QrImages.svg(url).getBytes(StandardCharsets.UTF_8));
        } else {
            response.setContentType("image/png");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + file + ".png\"");
            response.getOutputStream().write(QrImages.png(url));
        }
    }
}
