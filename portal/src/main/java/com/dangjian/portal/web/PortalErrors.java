package com.dangjian.portal.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Errors the server itself answers (a request the firewall rejected, a method not allowed): a page, never a stack trace. */
@Controller
public class PortalErrors implements ErrorController {

    private final Refusals refusals;

    public PortalErrors(Refusals refusals) {
        this.refusals = refusals;
    }

    @RequestMapping("/error")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        String text = switch (status) {
            case 400 -> "请求的地址不合规范，已被拒绝。";
            case 404 -> "站点中没有这个页面。";
            case 405 -> "不支持这种请求方式。";
            default -> "服务器处理请求时出错；如反复出现，请联系管理员查看门户日志。";
        };
        refusals.write(response, status, status == 404 ? "页面不存在" : "请求被拒绝", text, PortalPages.link("/", "返回首页"));
    }
}
