package com.dangjian.portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UrlPathHelper;

import com.dangjian.contracts.portal.OrganisationTree;
import com.dangjian.contracts.portal.Role;
import com.dangjian.portal.access.SiteAccess;
import com.dangjian.portal.access.SiteFolder;
import com.dangjian.portal.access.SitePath;
import com.dangjian.portal.access.Viewer;
import com.dangjian.portal.security.FileUsers;

/**
 * Serves the night's site to logged-in users, file by file, as {@link SiteAccess} decides: only the site's own
 * kinds of file, only from inside the site folder, no listings; an organisation's page with its member-level
 * detail for those who may see it; a refusal that says why, logged, for a member-level page or workbook they may not.
 */
@Controller
public class SiteController {

    private static final Map<String, String> TYPES = Map.of("html", "text/html;charset=UTF-8", "js", "text/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8", "json", "application/json;charset=UTF-8", "txt", "text/plain;charset=UTF-8",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "png", "image/png", "svg", "image/svg+xml");

    private final SiteFolder site;
    private final AccessLog log;
    private final FileUsers fileUsers;
    private final Refusals refusals;

    public SiteController(SiteFolder site, AccessLog log, FileUsers fileUsers, Refusals refusals) {
        this.site = site;
        this.log = log;
        this.fileUsers = fileUsers;
        this.refusals = refusals;
    }

    /** The landing page: a secretary's own organisation, leadership's overview. */
    @GetMapping("/")
    public void landing(HttpServletRequest request, HttpServletResponse response, Authentication auth) throws IOException {
        Viewer viewer = viewer(request, response, auth);
        if (viewer == null) {
            return;
        }
        boolean ownPage = viewer.role() == Role.SECRETARY && site.tree().get(viewer.org()) != null;
        response.sendRedirect(ownPage ? "/org/" + viewer.org() + ".html" : "/index.html");
    }

    @GetMapping("/**")
    public void file(HttpServletRequest request, HttpServletResponse response, Authentication auth, CsrfToken csrf) throws IOException {
        Viewer viewer = viewer(request, response, auth);
        if (viewer == null) {
            return;
        }
        String requested = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        SitePath path = SitePath.of(requested);
        if (path == null) {
            notFound(response);
            return;
        }
        OrganisationTree tree = site.tree();
        boolean membersExist = path.kind() == SitePath.Kind.ORGANISATION && site.file(path.membersVersion()).isPresent();
        SiteAccess.Decision decision = SiteAccess.decide(viewer, path, tree, membersExist);
        if (!decision.allowed()) {
            log.memberDetail("DENIED", viewer.username(), viewer.role().name(), viewer.org(), path.org(), requested, request.getRemoteAddr());
            refusals.write(response, HttpServletResponse.SC_FORBIDDEN, "无权查看党员明细", decision.reason(),
                    PortalPages.link("/org/" + path.org() + ".html", "查看该组织不含党员明细的页面") + PortalPages.link("/", "返回我的首页"));
            return;
        }
        Optional<Path> file = site.file(decision.file());
        if (file.isEmpty()) {
            notFound(response);
            return;
        }
        if (decision.memberLevel()) {
            log.memberDetail("ALLOWED", viewer.username(), viewer.role().name(), viewer.org(), path.org(), requested, request.getRemoteAddr());
        }
        send(response, file.get(), path, viewer, tree, csrf);
    }

    private void send(HttpServletResponse response, Path file, SitePath path, Viewer viewer, OrganisationTree tree, CsrfToken csrf)
            throws IOException {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        response.setContentType(TYPES.get(extension));
        if (path.kind() == SitePath.Kind.DEPARTMENT && path.relative().startsWith("assets/")) {
            response.setHeader("Cache-Control", "private, max-age=300"); // ECharts is a megabyte; member pages are never cached
        }
        if (extension.equals("xlsx")) {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        }
        if (extension.equals("html")) {
            OrganisationTree.Organisation own = tree.get(viewer.org());
            String html = PortalPages.withBar(Files.readString(file, StandardCharsets.UTF_8), viewer, own == null ? null : own.name(), csrf);
            response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
        } else {
            response.setContentLengthLong(Files.size(file));
            Files.copy(file, response.getOutputStream());
        }
    }

    /**
     * The viewer, or null when the session must end: an account the users file has disabled or removed since it
     * logged in (the next request, not the session's timeout, ends it).
     */
    private Viewer viewer(HttpServletRequest request, HttpServletResponse response, Authentication auth) throws IOException {
        if (auth.getPrincipal() instanceof User && !fileUsers.stillEnabled(auth.getName())) {
            log.login("SESSION_ENDED", auth.getName(), "account disabled");
            new SecurityContextLogoutHandler().logout(request, response, auth);
            response.sendRedirect("/login?disabled");
            return null;
        }
        return Viewer.of(auth.getName(), auth.getAuthorities());
    }

    private void notFound(HttpServletResponse response) throws IOException {
        refusals.write(response, HttpServletResponse.SC_NOT_FOUND, "页面不存在", "站点中没有这个页面。", PortalPages.link("/", "返回我的首页"));
    }
}
