package com.dangjian.notebooks;

import java.util.Map;
import java.util.function.Consumer;

import com.dangjian.dashboards.Html;

/**
 * Showing things from the middle of a cell, and the notebook's key numbers. Inside the Jupyter kernel the
 * output goes to the notebook; elsewhere (JShell, a test) it is printed as text.
 */
public final class Notebook {

    /** What a notebook cell shows: HTML (may be null) and text, with metadata kept in the notebook file. */
    public record Output(String html, String text, Map<String, Object> metadata) {
    }

    private static volatile Consumer<Output> sink;

    private Notebook() {
    }

    /** Set by the kernel: where outputs go while a cell runs. */
    public static void attach(Consumer<Output> kernelSink) {
        sink = kernelSink;
    }

    /** Shows a table, a chart or any value now, before the cell ends. */
    public static void show(Object value) {
        emit(render(value));
    }

    /**
     * A notebook's headline answer: shown in bold, and recorded in the output's metadata under
     * {@code dangjian.key} so the test that executes the notebook can compare it with an independent count.
     */
    public static void key(String name, Object value, String meaning) {
        String text = meaning + "：" + value;
        emit(new Output("<p class=\"dangjian-key\"><b>" + Html.text(meaning) + "：" + Html.text(String.valueOf(value))
                + "</b> <code>" + Html.text(name) + "</code></p>", text + "  [" + name + "]",
                Map.of("dangjian.key", Map.of("name", name, "value", String.valueOf(value)))));
    }


    private static void emit(Output o) {
        Consumer<Output> s = sink;
        if (s != null) {
            s.accept(o);
        } else {
            System.out.println(o.text());
        }
    }

    /** The rich form of a value (a cell's last value, for the kernel): HTML and text when it has them. */
    public static Output render(Object value) {
        if (value instanceof Displayable d) {
            return new Output(d.html(), d.text(), Map.of());
        }
        return new Output(null, String.valueOf(value), Map.of());
    }
}
