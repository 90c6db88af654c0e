package com.dangjian.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's Chromium, headless, as a test opens a generated page: the DOM after scripts ran, and every URL
 * the browser's network log saw. Flags follow what works on this closed network (no background services).
 */
final class HeadlessChromium {

    record Page(String dom, List<String> networkUrls) {
    }

    private HeadlessChromium() {
    }

    static Page open(Path html, Path work) throws IOException, InterruptedException {
        return open(html, "", work);
    }

    /** @param fragment appended to the page's address ("#check" makes charts expose their data) */
    static Page open(Path html, String fragment, Path work) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(work.resolve("chromium-profile"));
        Path netLog = work.resolve("netlog.json");
        Path dom = work.resolve("dom.html");
        Process p = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=15000", "--log-net-log=" + netLog, "--dump-dom",
                html.toUri() + fragment)
                .redirectOutput(dom.toFile())
                .redirectError(work.resolve("chromium.err").toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within 120 s");
        }
        String log = Files.exists(netLog) ? Files.readString(netLog, StandardCharsets.UTF_8) : "";
        Matcher m = Pattern.compile("\"url\":\"([^\"]+)\"").matcher(log);
        List<String> urls = m.results().map(r -> r.group(1)).distinct().toList();
        return new Page(Files.readString(dom, StandardCharsets.UTF_8), urls);
    }

    /** Prints a page to PDF as the browser's print dialog would (A4 from the page's @page rule); returns the PDF's bytes. */
    static byte[] printToPdf(Path html, Path work) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(work.resolve("chromium-print-profile"));
        Path pdf = work.resolve("print.pdf");
        Process p = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--no-pdf-header-footer", "--virtual-time-budget=5000", "--print-to-pdf=" + pdf, html.toUri().toString())
                .redirectOutput(work.resolve("chromium-print.out").toFile())
                .redirectError(work.resolve("chromium-print.err").toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not print within 120 s");
        }
        return Files.readAllBytes(pdf);
    }

    /** A screenshot of the page at 1400 × 1800, kept as a test artefact for people reviewing the pages. */
    static void screenshot(Path html, Path png, Path work) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(work.resolve("chromium-shot-profile"));
        Process p = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--hide-scrollbars", "--window-size=1400,1800", "--virtual-time-budget=8000", "--screenshot=" + png.toAbsolutePath(),
                html.toUri().toString())
                .redirectOutput(work.resolve("chromium-shot.out").toFile())
                .redirectError(work.resolve("chromium-shot.err").toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not take the screenshot within 120 s");
        }
    }
}
