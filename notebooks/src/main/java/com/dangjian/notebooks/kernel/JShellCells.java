package com.dangjian.notebooks.kernel;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import jdk.jshell.execution.LocalExecutionControlProvider;

/**
 * Runs notebook cells as JShell snippets inside this JVM (local execution), so a cell's objects — a query's
 * table, a chart — reach the kernel as objects and are shown rich, not as their toString. The project's
 * classes are on the JVM's classpath and are given to JShell's compiler too.
 */
final class JShellCells implements AutoCloseable {

    /** Imported into every session, so notebooks start with the analysts' API at hand. */
    static final List<String> IMPORTS = List.of(
            "import java.util.*;", "import java.util.stream.*;", "import java.time.*;",
            "import com.dangjian.notebooks.*;");

    private final JShell shell;
    private volatile boolean stopped;

    JShellCells() {
        shell = JShell.builder()
                .executionEngine(new LocalExecutionControlProvider(), Map.of())
                .compilerOptions("-encoding", "UTF-8")
                .build();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                shell.addToClasspath(entry);
            }
        }
        for (String line : IMPORTS) {
            run(line);
        }
    }

    /**
     * Evaluates every statement of a cell in order; stops at the first that fails to compile or throws.
     *
     * @return the value of the cell's last snippet when it is an expression (null for statements)
     */
    Object run(String cell) {
        stopped = false;
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = cell;
        Object last = null;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            String source = info.completeness().isComplete() ? info.source() : remaining;
            remaining = info.completeness().isComplete() ? info.remaining() : "";
            last = evaluate(source);
        }
        return last;
    }

    private Object evaluate(String source) {
        ValueHandoff.clear();
        List<SnippetEvent> events = shell.eval(source);
        if (stopped) {
            // JShell ends a stopped statement quietly; the notebook must not run on as if it had finished.
            throw new CellException("interrupted: the statement was stopped (Kernel → Interrupt) before it finished\n--- statement ---\n"
                    + source.strip());
        }
        Snippet main = null;
        String text = null;
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null) {
                continue;
            }
            main = e.snippet();
            text = e.value();
            if (e.status() == Snippet.Status.REJECTED) {
                throw new CellException(compileError(e.snippet(), source));
            }
            if (e.exception() != null) {
                throw new CellException(runtimeError(e.exception()), e.exception());
            }
        }
        String name = valueName(main);
        if (name == null) {
            return null;
        }
        // A snippet's value crosses to the kernel as an object: the snippet hands it to a class both share.
        // Should the hand-off not compile (a value of a type the snippet cannot name), JShell's text of it is shown.
        for (SnippetEvent e : shell.eval(ValueHandoff.class.getName() + ".put(" + name + ");")) {
            if (e.exception() != null || e.status() == Snippet.Status.REJECTED) {
                return text;
            }
        }
        return ValueHandoff.take();
    }

    /** The variable holding an expression's value: JShell's $N for an expression, the name for a bare variable. */
    private static String valueName(Snippet s) {
        if (s instanceof VarSnippet v && s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
            return v.name();
        }
        if (s instanceof ExpressionSnippet x && s.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND) {
            return x.name();
        }
        return null;
    }

    private String compileError(Snippet snippet, String source) {
        List<String> lines = new ArrayList<>();
        for (Diag d : shell.diagnostics(snippet).toList()) {
            long line = source.substring(0, (int) Math.min(source.length(), Math.max(0, d.getStartPosition())))
                    .chars().filter(c -> c == '\n').count() + 1;
            lines.add("compile error, line " + line + " of the statement: " + d.getMessage(null));
        }
        if (lines.isEmpty()) {
            lines.add("the statement could not be compiled");
        }
        return String.join("\n", lines) + "\n--- statement ---\n" + source.strip();
    }

    private static String runtimeError(Exception e) {
        if (e instanceof UnresolvedReferenceException u) {
            return "uses something not defined yet: " + u.getSnippet().source().strip() + " (run the cells above first)";
        }
        StringBuilder b = new StringBuilder();
        Throwable t = e;
        while (t != null) {
            String type = t instanceof EvalException ev ? ev.getExceptionClassName() : t.getClass().getName();
            b.append(b.length() == 0 ? "" : "\ncaused by: ").append(type).append(": ").append(t.getMessage());
            t = t.getCause();
        }
        return b.toString();
    }

    /** Completion candidates at a cursor, for the notebook's Tab key. */
    List<String> complete(String code, int cursor, int[] anchor) {
        return shell.sourceCodeAnalysis().completionSuggestions(code, cursor, anchor).stream()
                .map(SourceCodeAnalysis.Suggestion::continuation).distinct().collect(Collectors.toList());
    }

    /** "complete", "incomplete" or "invalid", as Jupyter's is_complete asks. */
    String completeness(String code) {
        return switch (shell.sourceCodeAnalysis().analyzeCompletion(code).completeness()) {
            case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> "complete";
            case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> "incomplete";
            case UNKNOWN -> "invalid";
        };
    }

    void stop() {
        stopped = true;
        shell.stop();
    }

    @Override
    public void close() {
        shell.close();
    }

    /** A cell that failed: the message is what the notebook shows. */
    static final class CellException extends RuntimeException {
        CellException(String message) {
            super(message);
        }

        CellException(String message, Throwable cause) {
            super(message, cause);
        }

        /** The kernel's own frames say nothing about the cell. */
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
