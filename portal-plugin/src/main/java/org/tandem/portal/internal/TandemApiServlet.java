package org.tandem.portal.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.portal.TandemService;
import org.tandem.portal.internal.api.ApiDispatcher;
import org.tandem.portal.spi.ActingUser;
import org.tandem.portal.spi.ActingUsers;

/**
 * Tandem's JSON API on the portal's Servlet Whiteboard, under {@value #BASE}; the contract is {@code API.md} of
 * this module. The resources live in {@code org.tandem.portal.internal.api}; this servlet hands each request to
 * them with the acting user of the best-ranked {@link ActingUsers} in effect (the demo one unless the host
 * registers its own).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(TandemApiServlet.BASE)
@HttpWhiteboardServletName("tandem-api")
@HttpWhiteboardServletMultipart(enabled = true, maxFileSize = TandemApiServlet.MAX_UPLOAD,
        maxRequestSize = TandemApiServlet.MAX_UPLOAD)
public final class TandemApiServlet extends HttpServlet {

    static final String BASE = "/tandem/api/*";
    static final long MAX_UPLOAD = 20L * 1024 * 1024;
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(TandemApiServlet.class);

    private final transient ApiDispatcher dispatcher;

    /** Optional: without the host's service (or the configured demo user) every request that needs a user is 401. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ActingUsers actingUsers;

    @Activate
    public TandemApiServlet(@Reference TandemService tandem) {
        this.dispatcher = new ApiDispatcher(tandem);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            dispatcher.serve(request, response, () -> actingUser(request));
        } catch (RuntimeException e) {
            LOG.error("Tandem API failed on {} {}", request.getMethod(), request.getRequestURI(), e);
            if (!response.isCommitted()) {
                response.reset();
                dispatcher.internalError(response, dispatcher.userLocale(request));
            }
        }
    }

    private Optional<ActingUser> actingUser(HttpServletRequest request) {
        ActingUsers users = actingUsers;
        return users == null ? Optional.empty() : users.actingUser(request);
    }
}
