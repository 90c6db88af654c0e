package com.dangjian.notebooks.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseKernelBuilder;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.magic.MagicParser;

import com.dangjian.notebooks.Notebook;

/**
 * The Jupyter kernel of the analysts' notebooks: Java cells run by JShell in this JVM, with the project's
 * classes and the analysts' API ({@code com.dangjian.notebooks}) imported. Jupyter starts it through
 * {@code notebooks/kernel/dangjian-kernel} with the path of a connection file.
 */
public final class DangjianKernel extends BaseKernel {

    static final String NAME = "dangjian-java";

    private final JShellCells cells = new JShellCells();

    private DangjianKernel(String name, String version, HistoryManager history, JupyterIO io, CommManager comms,
                           Renderer renderer, MagicParser magics, MagicsRegistry registry, StringStyler errors) {
        super(name, version,
                new LanguageInfo("java", System.getProperty("java.version"), "text/x-java", ".jshell", "java", "java", "script"),
                List.of(), history, io, comms, renderer, magics, registry, false, errors);
        Notebook.attach(output -> display(displayData(output)));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !Files.isRegularFile(Path.of(args[0]))) {
            System.err.println("usage: dangjian-kernel CONNECTION_FILE (Jupyter starts the kernel with one;"
                    + " install the kernel with scripts/notebooks.sh install)");
            System.exit(2);
        }
        JupyterConnection connection = new JupyterConnection(KernelConnectionProperties.parse(Files.readString(Path.of(args[0]))));
        DangjianKernel kernel = new Builder().name(NAME).version("1").build();
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        kernel.cells.close();
        // Spark and the ClickHouse client keep non-daemon threads: the kernel ends when Jupyter closes it.
        System.exit(0);
    }

    @Override
    public String getBanner() {
        return "党建数据分析 Java kernel (JShell " + System.getProperty("java.version") + "); start with: var dj = Dangjian.connect();";
    }

    @Override
    public Object evalRaw(String code) {
        return cells.run(code);
    }

    @Override
    public DisplayData eval(String code) {
        Object value = cells.run(code);
        return value == null ? null : displayData(Notebook.render(value));
    }

    static DisplayData displayData(Notebook.Output output) {
        DisplayData data = new DisplayData(output.text());
        if (output.html() != null) {
            data.putHTML(output.html());
        }
        output.metadata().forEach(data::putMetaData);
        return data;
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return null;
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        int[] anchor = new int[1];
        List<String> options = new ArrayList<>(cells.complete(code, at, anchor));
        return options.isEmpty() ? null : new ReplacementOptions(options, anchor[0], at);
    }

    @Override
    public String isComplete(String code) {
        return switch (cells.completeness(code)) {
            case "complete" -> IS_COMPLETE_YES;
            case "incomplete" -> "    ";
            default -> IS_COMPLETE_BAD;
        };
    }

    @Override
    public void interrupt() {
        cells.stop();
    }

    /** A failed cell shows its message, not the kernel's stack. */
    @Override
    public List<String> formatError(Throwable e) {
        List<String> lines = new ArrayList<>();
        if (!(e instanceof JShellCells.CellException)) {
            lines.add(e.getClass().getName());
        }
        lines.addAll(List.of(String.valueOf(e.getMessage()).split("\n")));
        return lines;
    }

    @Override
    public void onShutdown(boolean restart) {
        cells.close();
    }

    static final class Builder extends BaseKernelBuilder<Builder, DangjianKernel> {
        @Override
        public DangjianKernel build() {
            return new DangjianKernel(buildName(), buildVersion(), buildHistoryManager(),
                    buildJupyterIO(buildJupyterIOEncoding()), buildCommManager(), buildRenderer(),
                    new MagicParser("(?<=(?:^|=))\\s*%", "%%", buildMagicTranspiler()), buildMagicsRegistry(), buildErrorStyler());
        }
    }
}
