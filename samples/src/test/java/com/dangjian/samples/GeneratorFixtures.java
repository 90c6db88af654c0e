package com.dangjian.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Samples generated into a temp folder with an in-memory H2 registry, and ways to read them back. */
final class GeneratorFixtures {

    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    private GeneratorFixtures() {
    }

    static String memoryRegistry(String name) {
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL";
    }

    static Generator.Result generate(Path out, String registry, double scale, double dirt) {
        return Generator.generate(new GenerateOptions(scale, 7, AS_OF, 36, out, registry, "sa", "", dirt, null));
    }

    /** Every row of a table as text, ordered by its key. */
    static List<String> dump(String url, String table, String orderBy) {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY " + orderBy)) {
            ResultSetMetaData md = r.getMetaData();
            while (r.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    b.append(i == 1 ? "" : "|").append(r.getString(i));
                }
                rows.add(b.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    static Set<String> column(String url, String sql) {
        Set<String> out = new HashSet<>();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Decodes strictly; throws CharacterCodingException when the bytes are not in {@code cs}. */
    static String decodeStrict(byte[] bytes, Charset cs) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    /** A text export read the way a tolerant reader would: UTF-8 when valid, else GB18030; BOM dropped. */
    static List<String> lines(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text;
            try {
                text = decodeStrict(bytes, StandardCharsets.UTF_8);
            } catch (CharacterCodingException notUtf8) {
                text = new String(bytes, Charset.forName("GB18030"));
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<String> out = new ArrayList<>();
            for (String l : text.split("\n", -1)) {
                out.add(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
            }
            if (text.endsWith("\n")) {
                out.remove(out.size() - 1);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
