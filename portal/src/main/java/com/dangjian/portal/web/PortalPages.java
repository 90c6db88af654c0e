package com.dangjian.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.security.web.csrf.CsrfToken;

import com.dangjian.contracts.config.PortalSettings;
import com.dangjian.portal.access.Viewer;

/** The portal's own HTML (Chinese): the login form, the refusal and not-found pages, and the bar on every site page. */
public final class PortalPages {

    private static final String LOGIN = load("/portal/login.html");
    private static final String MESSAGE = load("/portal/message.html");

    private PortalPages() {
    }

    /** Spring Security's form: username, password and the CSRF token, with what happened last. */
    public static String login(CsrfToken csrf, String message, boolean info, PortalSettings settings) {
        return LOGIN.replace("{{message}}", message == null ? ""
                        : "<p class=\"message" + (info ? " info" : "") + "\" id=\"login-message\">" + text(message) + "</p>")
                .replace("{{csrfName}}", text(csrf.getParameterName()))
                .replace("{{csrfToken}}", text(csrf.getToken()))
                .replace("{{attempts}}", String.valueOf(settings.lockoutAttempts()))
                .replace("{{minutes}}", String.valueOf(settings.lockoutTime().toMinutes()))
                .replace("{{timeout}}", String.valueOf(settings.sessionTimeout().toMinutes()));
    }

    /** A page that says what happened and where to go instead; {@code links} is already HTML. */
    public static String message(int status, String title, String text, String links) {
        return MESSAGE.replace("{{status}}", String.valueOf(status)).replace("{{title}}", text(title))
                .replace("{{text}}", text(text)).replace("{{links}}", links);
    }

    public static String link(String href, String label) {
        return "<p><a href=\"" + text(href) + "\">" + text(label) + "</a></p>";
    }

    /**
     * The site page with the portal's bar (who is logged in, their organisation's page, logout by POST with the CSRF
     * token) after {@code <body>} and its stylesheet before {@code </head>}; a page without them is left as it is.
     */
    public static String withBar(String html, Viewer viewer, String orgName, CsrfToken csrf) {
        StringBuilder bar = new StringBuilder("<div class=\"portal-bar\" id=\"portal-bar\"><span id=\"portal-user\">")
                .append(text(viewer.describe())).append("</span>");
        if (viewer.org() != null && orgName != null) {
            bar.append("<a href=\"/org/").append(text(viewer.org())).append(".html\">").append(text("我的组织：" + orgName)).append("</a>");
        }
        bar.append("<form method=\"post\" action=\"/logout\"><input type=\"hidden\" name=\"").append(text(csrf.getParameterName()))
                .append("\" value=\"").append(text(csrf.getToken())).append("\"><button type=\"submit\">退出</button></form></div>");
        int head = html.indexOf("</head>");
        int body = html.indexOf("<body>");
        if (head < 0 || body < head) {
            return html;
        }
        return html.substring(0, head) + "<link rel=\"stylesheet\" href=\"/portal/login.css\">\n" + html.substring(head, body + 6)
                + bar + html.substring(body + 6);
    }

    static String text(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String load(String resource) {
        try (InputStream in = PortalPages.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
