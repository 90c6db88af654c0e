package com.dangjian.portal.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import com.dangjian.contracts.config.PortalSettings;

/** GET /login: the Chinese login form (Spring Security processes its POST), and the stylesheet it needs. */
@Controller
public class LoginController {

    private final PortalSettings settings;

    public LoginController(PortalSettings settings) {
        this.settings = settings;
    }

    @GetMapping(value = "/login", produces = "text/html;charset=UTF-8")
    @ResponseBody
    public String login(HttpServletRequest request, CsrfToken csrf) {
        String message = null;
        boolean info = false;
        if (request.getParameter("error") != null) {
            message = "用户名或密码错误。";
        } else if (request.getParameter("locked") != null) {
            message = "连续多次登录失败，账户已锁定 " + settings.lockoutTime().toMinutes() + " 分钟，请稍后再试或联系管理员。";
        } else if (request.getParameter("expired") != null) {
            message = "会话已超时，请重新登录。";
        } else if (request.getParameter("disabled") != null) {
            message = "账户已停用，请联系管理员。";
        } else if (request.getParameter("logout") != null) {
            message = "已安全退出。";
            info = true;
        }
        return PortalPages.login(csrf, message, info, settings);
    }

    @GetMapping("/portal/login.css")
    public void stylesheet(HttpServletResponse response) throws IOException {
        response.setContentType("text/css;charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=3600");
        try (InputStream in = LoginController.class.getResourceAsStream("/portal/login.css")) {
            in.transferTo(response.getOutputStream());
        }
    }
}
