package com.dangjian.portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/** 403 pages that say why: a member-level page outside the viewer's organisations, or a form without its CSRF token. */
@Component
public class Refusals {

    /** Spring Security's refusals (a POST without a valid CSRF token is the usual one). */
    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        String text = e instanceof CsrfException
                ? "表单已失效或缺少安全令牌（CSRF）：请回到页面刷新后重新提交。"
                : "您的账户无权执行此操作。";
        write(response, HttpServletResponse.SC_FORBIDDEN, "无权访问", text, PortalPages.link("/", "返回首页"));
    }

    public void write(HttpServletResponse response, int status, String title, String text, String links) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(PortalPages.message(status, title, text, links).getBytes(StandardCharsets.UTF_8));
    }
}
