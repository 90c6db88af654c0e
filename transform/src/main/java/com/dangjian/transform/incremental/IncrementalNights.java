package com.dangjian.transform.incremental;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.dangjian.contracts.rules.RuleCatalogue;
import com.dangjian.transform.rules.Periods;

/**
 * Decides what a night recomputes ({@link NightScope}) by comparing tonight's inputs with those the last
 * committed night saw, and commits tonight's once its gold is written. The lake's {@code _state} folder holds
 * {@code night.properties} (the window, the catalogue's fingerprint and the transform's version of the last
 * committed night) and {@code input-digest.tsv} (its inputs' {@link InputDigest}, a line per input and month);
 * tonight's replace them only on {@link #commit}, so a night that fails halfway leaves the comparison as it was and
 * the next night recomputes at least as much.
 *
 * A night is full when asked, when there is no committed night, when the catalogue (rules, weights, thresholds)
 * or the transform's version changed, when the as-of date went back, or when the changes reach the first month of
 * data; otherwise it recomputes from the first month its changed rows or its newly complete month touch
 * ({@link NightScope#from}: from the start of the longest complete period containing it).
 */
public final class IncrementalNights {

    static final String STATE = "night.properties";
    static final String DIGEST = "input-digest.tsv";

    private final Path state;
    private final String catalogue;
    private Map<String, String> tonight = Map.of();

    public IncrementalNights(Path state, RuleCatalogue catalogue) {
        this.state = state;
        this.catalogue = fingerprint(catalogue.toString());
    }

    /**
     * Digests tonight's inputs and decides the scope.
     *
     * @param fullBecause why the night must be full whatever changed (--full, the weekly full night), or null
     */
    public NightScope plan(Periods window, List<InputDigest> inputs, String fullBecause) {
        tonight = InputDigest.digest(inputs);
        Properties last = read();
        if (fullBecause != null) {
            return NightScope.full(fullBecause);
        }
        if (last == null) {
            return NightScope.full("no earlier night to compare with (first night on this lake, or its state was removed)");
        }
        if (!catalogue.equals(last.getProperty("catalogue"))) {
            return NightScope.full("the rule catalogue (rules, weights or thresholds) changed since the last night");
        }
        if (!version().equals(last.getProperty("version"))) {
            return NightScope.full("the transform changed (version " + last.getProperty("version") + " → " + version() + ")");
        }
        YearMonth lastTo = YearMonth.parse(last.getProperty("windowTo"));
        if (window.to().isBefore(lastTo)) {
            return NightScope.full("the last complete month went back from " + lastTo + " to " + window.to()
                    + " (an earlier --as-of than the last night's)");
        }
        return incremental(window, inputs, lastTo);
    }

    private NightScope incremental(Periods window, List<InputDigest> inputs, YearMonth lastTo) {
        List<String> why = new ArrayList<>();
        YearMonth first = null;
        if (window.to().isAfter(lastTo)) {
            first = lastTo.plusMonths(1);
            why.add("month " + first + (first.equals(window.to()) ? "" : " to " + window.to()) + " now complete");
        }
        Map<String, LocalDate> changes = InputDigest.earliestChanges(readDigest(), tonight);
        for (InputDigest input : inputs) {
            LocalDate changed = changes.get(input.name());
            if (changed != null) {
                YearMonth m = YearMonth.from(changed);
                why.add(input.name() + " changed from " + (changed.equals(InputDigest.BEGINNING) ? "the beginning" : m));
                first = first == null || m.isBefore(first) ? m : first;
            }
        }
        if (first == null) {
            return NightScope.nothing("no input changed and no month completed since the last night");
        }
        if (!first.isAfter(window.from())) {
            return NightScope.full("the changes reach the first month of data (" + String.join("; ", why) + ")");
        }
        return NightScope.from(first, window, String.join("; ", why));
    }

    /** Makes tonight's digest and window the ones the next night compares with (after gold is written). */
    public void commit(Periods window) {
        Properties p = new Properties();
        p.setProperty("windowFrom", window.from().toString());
        p.setProperty("windowTo", window.to().toString());
        p.setProperty("catalogue", catalogue);
        p.setProperty("version", version());
        StringBuilder digest = new StringBuilder();
        tonight.forEach((k, v) -> digest.append(k).append('\t').append(v).append('\n'));
        try {
            Files.createDirectories(state);
            // The digest first: night.properties names a committed night only once its digest is in place.
            replace(DIGEST, digest.toString());
            StringWriter text = new StringWriter();
            p.store(text, "the last night whose transform finished; the next night compares its inputs with " + DIGEST);
            replace(STATE, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not record the night's state under " + state + ": " + e.getMessage()
                    + " — delete that folder: the next night will be full", e);
        }
    }

    private void replace(String name, String text) throws IOException {
        Path tmp = state.resolve(name + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, state.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Map<String, String> readDigest() {
        Map<String, String> out = new java.util.TreeMap<>();
        try {
            for (String line : Files.readAllLines(state.resolve(DIGEST), StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    out.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private Properties read() {
        Path file = state.resolve(STATE);
        if (!Files.exists(file) || !Files.exists(state.resolve(DIGEST))) {
            return null;
        }
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            return p.getProperty("windowTo") == null ? null : p;
        } catch (IOException e) {
            return null;
        }
    }

    /** The transform's version: the jar's, so that an upgrade makes the next night full. */
    public static String version() {
        String v = IncrementalNights.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    static String fingerprint(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
