package com.dangjian.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One browser-like HTTP session against the test portal: cookies kept, redirects not followed (tests look at them). */
final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final TestPortal portal;
    final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    WebSession(TestPortal portal) {
        this.portal = portal;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(portal.url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(portal.url(path))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(portal.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of a page's form (the login form, or the logout form in the portal's bar). */
    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the page:\n" + html);
        }
        return m.group(1);
    }

    /** Logs in through the form as a browser would: GET /login for the token, POST it with the credentials. */
    HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        String token = csrf(get("/login").body());
        return post("/login", Map.of("username", username, "password", password, "_csrf", token));
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse(null);
    }

    /** The session cookie header, for requests the HTTP client would tidy up (raw paths). */
    String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    /** A request with the path exactly as written (no client normalises or re-encodes it); returns status line and body. */
    String raw(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", portal.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookieHeader() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
