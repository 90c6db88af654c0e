package com.dangjian.notebooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docs/data-dictionary.md as data: each table with its Chinese and English titles and its columns with their
 * meanings, so a notebook can list what there is and set it beside what the warehouse holds.
 */
public final class DataDictionary {

    private static final Pattern TABLE = Pattern.compile("^## (\\w+) — (.+?) / (.+)$");
    private static final Pattern COLUMN = Pattern.compile("^\\| (\\w+) \\| (.*?) \\| (.*?) \\|$");

    public record Column(String name, String chinese, String english) {
    }

    public record Table(String name, String chinese, String english, List<Column> columns) {
        public List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }
    }

    private final List<Table> tables;

    private DataDictionary(List<Table> tables) {
        this.tables = List.copyOf(tables);
    }

    /** The dictionary of this checkout ($DANGJIAN_HOME, else the working directory or its parent). */
    public static DataDictionary load() {
        String home = System.getenv("DANGJIAN_HOME");
        for (Path p : List.of(Path.of(home == null ? "." : home, "docs/data-dictionary.md"), Path.of("docs/data-dictionary.md"),
                Path.of("../docs/data-dictionary.md"))) {
            if (Files.isRegularFile(p)) {
                return load(p);
            }
        }
        throw new IllegalStateException("docs/data-dictionary.md not found: set DANGJIAN_HOME to the project's folder");
    }

    public static DataDictionary load(Path markdown) {
        List<Table> tables = new ArrayList<>();
        String name = null, chinese = null, english = null;
        List<Column> columns = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(markdown)) {
                Matcher t = TABLE.matcher(line);
                if (t.matches()) {
                    if (name != null) {
                        tables.add(new Table(name, chinese, english, columns));
                    }
                    name = t.group(1);
                    chinese = t.group(2);
                    english = t.group(3);
                    columns = new ArrayList<>();
                    continue;
                }
                Matcher c = COLUMN.matcher(line);
                if (name != null && c.matches() && !c.group(1).equals("column")) {
                    columns.add(new Column(c.group(1), c.group(2), c.group(3)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (name != null) {
            tables.add(new Table(name, chinese, english, columns));
        }
        return new DataDictionary(tables);
    }

    public List<Table> tables() {
        return tables;
    }

    public Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table '" + name + "' in the data dictionary"));
    }

    /** One row per table: name, 中文, English, columns. */
    public Frame overview() {
        return new Frame(List.of("table", "中文", "English", "columns"),
                tables.stream().map(t -> List.<Object>of(t.name(), t.chinese(), t.english(), (long) t.columns().size())).toList());
    }

    /** One table's columns with their meanings. */
    public Frame columns(String table) {
        return new Frame(List.of("column", "中文", "English"),
                table(table).columns().stream().map(c -> List.<Object>of(c.name(), c.chinese(), c.english())).toList());
    }
}
