package com.dangjian.portal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Debian's Chromium, headless, driven as a person would use it — type into the login form, click, follow links —
 * over the DevTools protocol (a WebSocket, from the JDK): the portal's sessions, redirects, CSP and scripts are
 * exercised by a real browser, not by an HTTP client's idea of one. One browser, with its own profile, per user.
 */
final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private Chromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    static Chromium start(Path work) throws Exception {
        Path profile = Files.createDirectories(work.resolve("chromium-profile-" + System.nanoTime()));
        Process p = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--window-size=1400,1000", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String browserUrl = null;
        long deadline = System.currentTimeMillis() + 30_000;
        for (String line; browserUrl == null && System.currentTimeMillis() < deadline && (line = out.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                browserUrl = m.group(1);
            }
        }
        if (browserUrl == null) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not open its DevTools port within 30 s");
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // Chromium's own log: read so it never blocks on a full pipe
                }
            } catch (IOException ignored) {
                // the browser has gone
            }
        });
        drain.setDaemon(true);
        drain.start();
        URI browser = URI.create(browserUrl);
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getHost() + ":" + browser.getPort() + "/json/list"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        String pageUrl = null;
        for (JsonNode target : JSON.readTree(list)) {
            if ("page".equals(target.path("type").asText())) {
                pageUrl = target.path("webSocketDebuggerUrl").asText();
                break;
            }
        }
        Chromium[] self = new Chromium[1];
        WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    String text = message.toString();
                    message.setLength(0);
                    self[0].received(text);
                }
                webSocket.request(1);
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        self[0] = new Chromium(p, ws);
        self[0].call("Page.enable", JSON.createObjectNode());
        return self[0];
    }

    private void received(String text) {
        try {
            JsonNode msg = JSON.readTree(text);
            if (msg.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                if (f != null) {
                    f.complete(msg);
                }
            } else if ("Page.loadEventFired".equals(msg.path("method").asText())) {
                loaded.complete(null);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params);
        socket.sendText(JSON.writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
        JsonNode reply = f.get(60, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        return reply.path("result");
    }

    /** Opens an address and waits for the page (after any redirects) to have loaded. */
    void open(String url) throws Exception {
        loaded = new CompletableFuture<>();
        call("Page.navigate", JSON.createObjectNode().put("url", url));
        loaded.get(60, TimeUnit.SECONDS);
    }

    /** Runs a script that navigates (a click, a form's submit) and waits for the next page to load. */
    void navigateBy(String script) throws Exception {
        loaded = new CompletableFuture<>();
        eval(script);
        loaded.get(60, TimeUnit.SECONDS);
    }

    /** The value of a JavaScript expression in the page. */
    String eval(String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression).put("returnByValue", true)
                .put("awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
        }
        JsonNode v = r.path("result").path("value");
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    /** Waits until the expression is true (charts drawing, for instance); false when it never became so. */
    boolean waitFor(String expression, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if ("true".equals(eval("!!(" + expression + ")"))) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Types into the login form and submits it, as a person would. */
    void logIn(String username, String password) throws Exception {
        eval("document.getElementById('username').value = " + JSON.writeValueAsString(username));
        eval("document.getElementById('password').value = " + JSON.writeValueAsString(password));
        navigateBy("document.querySelector('#login-form button[type=submit]').click()");
    }

    String location() throws Exception {
        return eval("location.pathname + location.search");
    }

    String text() throws Exception {
        return eval("document.body.innerText");
    }

    String html() throws Exception {
        return eval("document.documentElement.outerHTML");
    }

    void screenshot(Path png) throws Exception {
        JsonNode r = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode(r.path("data").asText()));
    }

    @Override
    public void close() {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static List<String> membersIn(String text) {
        return TestSite.MEMBERS.stream().filter(text::contains).toList();
    }
}
