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
 * the browser's network log saw. Shared with the notebooks' tests through the jobs test jar. Flags follow what works on this closed network (no background services).
 */
public final class HeadlessChromium {

    public record Page(String dom, List<String> networkUrls) {
    }

    private HeadlessChromium() {
    }

    public static Page open(Path html, Path work) throws IOException, InterruptedException {
        return open(html, "", work);
    }

    /** @param fragment appended to the page's address ("#check" makes charts expose their data) */
    public static Page open(Path html, String fragment, Path work) throws IOException, InterruptedException {
        return open(html, fragment, work, "1400,1800");
    }

    /** @param windowSize the window's width and height, e.g. "390,844" for a phone */
    public static Page open(Path html, String fragment, Path work, String windowSize) throws IOException, InterruptedException {
        Path netLog = work.resolve("netlog.json");
        Path dom = work.resolve("dom.html");
        run(work, "dom", dom, List.of("--disable-quic", "--window-size=" + windowSize, "--virtual-time-budget=15000",
                "--log-net-log=" + netLog, "--dump-dom"), html.toUri() + fragment);
        String log = Files.exists(netLog) ? Files.readString(netLog, StandardCharsets.UTF_8) : "";
        Matcher m = Pattern.compile("\"url\":\"([^\"]+)\"").matcher(log);
        List<String> urls = m.results().map(r -> r.group(1)).distinct().toList();
        return new Page(Files.readString(dom, StandardCharsets.UTF_8), urls);
    }

    /** Prints a page to PDF as the browser's print dialog would (A4 from the page's @page rule); returns the PDF's bytes. */
    static byte[] printToPdf(Path html, Path work) throws IOException, InterruptedException {
        Path pdf = work.resolve("print.pdf");
        run(work, "print", work.resolve("chromium-print.out"),
                List.of("--no-pdf-header-footer", "--virtual-time-budget=5000", "--print-to-pdf=" + pdf), html.toUri().toString());
        return Files.readAllBytes(pdf);
    }

    /** A screenshot of the page at 1400 × 1800, kept as a test artefact for people reviewing the pages. */
    static void screenshot(Path html, Path png, Path work) throws IOException, InterruptedException {
        screenshot(html, png, work, "1400,1800");
    }

    /** A screenshot at the given window size ("1440,1800", "390,1600"). */
    static void screenshot(Path html, Path png, Path work, String windowSize) throws IOException, InterruptedException {
        run(work, "shot", work.resolve("chromium-shot.out"), List.of("--hide-scrollbars", "--window-size=" + windowSize,
                "--virtual-time-budget=8000", "--screenshot=" + png.toAbsolutePath()), html.toUri().toString());
    }

    /**
     * The page at a phone's width: opened in a frame {@code width} px wide (headless Chromium's window is never
     * narrower than 500 px), with a screenshot of it to {@code png}; returns the page's scroll width — wider than
     * {@code width} means the page scrolls sideways.
     */
    static int scrollWidthInFrame(Path html, int width, Path png, Path work) throws IOException, InterruptedException {
        Path harness = work.resolve("frame-" + width + ".html");
        Files.writeString(harness, """
                <!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="%s" style="width:%dpx;height:1600px;border:0"></iframe>
                <script>
                var f = document.getElementById('f');
                f.onload = function () { setTimeout(function () {
                  document.body.setAttribute('data-scroll-width', f.contentDocument.documentElement.scrollWidth);
                }, 1500); };
                </script></body></html>
                """.formatted(html.toUri(), width), StandardCharsets.UTF_8);
        List<String> flags = List.of("--allow-file-access-from-files", "--window-size=500,1600", "--virtual-time-budget=10000");
        Path dom = work.resolve("frame-dom.html");
        List<String> dump = new java.util.ArrayList<>(flags);
        dump.add("--dump-dom");
        run(work, "frame", dom, dump, harness.toUri().toString());
        List<String> shot = new java.util.ArrayList<>(flags);
        shot.addAll(List.of("--hide-scrollbars", "--screenshot=" + png.toAbsolutePath()));
        run(work, "frame-shot", work.resolve("chromium-frame-shot.out"), shot, harness.toUri().toString());
        Matcher m = Pattern.compile("data-scroll-width=\"(\\d+)\"").matcher(Files.readString(dom, StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IllegalStateException("the framed page " + html + " did not report its width");
        }
        return Integer.parseInt(m.group(1));
    }

    /**
     * One headless Chromium run with the flags that work on this closed network (no background services), its own
     * profile per task, standard output to {@code out}, and at most 120 s.
     */
    private static void run(Path work, String task, Path out, List<String> taskFlags, String url)
            throws IOException, InterruptedException {
        Path profile = Files.createDirectories(work.resolve("chromium-" + task + "-profile"));
        List<String> command = new java.util.ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile));
        command.addAll(taskFlags);
        command.add(url);
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(work.resolve("chromium-" + task + ".err").toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium (" + task + ") did not finish within 120 s");
        }
    }
}
