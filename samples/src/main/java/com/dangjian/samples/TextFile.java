package com.dangjian.samples;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** A text export written line by line, counting physical lines so dirt can be located in the manifest. */
final class TextFile implements Closeable {

    private final Path path;
    private final BufferedWriter out;
    private final String eol;
    private int lines;

    TextFile(Path path, Charset charset, boolean bom, String eol) {
        this.path = path;
        this.eol = eol;
        try {
            Files.createDirectories(path.getParent());
            out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), charset), 1 << 16);
            if (bom) {
                out.write('\uFEFF');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    String name() {
        return path.getFileName().toString();
    }

    /** BLANK_LINE dirt: an empty line, recorded in the manifest, then the record; returns the lines written. */
    int blankLineThen(CharSequence record, DirtManifest manifest, String source, String detail) {
        manifest.line(source, name(), line(""), Defect.BLANK_LINE, null, detail);
        line(record);
        return 2;
    }

    /** DUPLICATE_ROW dirt: the record twice, the second recorded in the manifest; returns the lines written. */
    int twice(CharSequence record, DirtManifest manifest, String source, String key, String what) {
        line(record);
        int second = line(record);
        manifest.line(source, name(), second, Defect.DUPLICATE_ROW, key, "same " + what + " as line " + (second - 1));
        return 2;
    }

    /** Writes one line and returns its 1-based number. */
    int line(CharSequence text) {
        try {
            out.append(text).append(eol);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
        return ++lines;
    }

    /** Writes a last line without its end (a truncated export) and returns its number. */
    int unterminated(CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
        return ++lines;
    }

    int lines() {
        return lines;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }
}
