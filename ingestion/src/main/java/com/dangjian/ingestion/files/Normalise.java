package com.dangjian.ingestion.files;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a text value from a departmental file is cleaned, one rule each:
 * - text: Unicode NFKC (full-width digits, letters and punctuation become their ASCII forms: "１２" → "12",
 *   "，" → ","), then trimmed, including the ideographic space;
 * - dates: ISO "2024-03-05", "2024/3/5", "2024.3.5", "2024年3月5日" and "20240305" all mean 5 March 2024;
 * - amounts: yuan, thousands separators dropped, exactly two decimals;
 * - blank means absent.
 * A value that still does not parse is an {@link InvalidValue} naming the field.
 */
public final class Normalise {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private Normalise() {
    }

    public static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        return s.isEmpty() ? null : s;
    }

    public static LocalDate date(String field, String raw) {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(s);
            if (!m.matches()) {
                // Excel may hand a date through as "2024-03-05 00:00:00".
                if (s.length() > 10 && DATE.matcher(s.substring(0, 10)).matches() && s.substring(10).matches("[ T]00:00(:00)?")) {
                    return date(field, s.substring(0, 10));
                }
                throw new InvalidValue(field, raw, "is not a date");
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (RuntimeException e) {
            throw new InvalidValue(field, raw, "is not a calendar date");
        }
    }

    public static BigDecimal amount(String field, String raw) {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(s.replace(",", "").replace("¥", "").replace("元", "").strip());
            return v.setScale(2, java.math.RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidValue(field, raw, "is not an amount in yuan with at most two decimals");
        }
    }

    public static Integer integer(String field, String raw) {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s.replace(",", "")).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidValue(field, raw, "is not a whole number");
        }
    }

    public static Double number(String field, String raw) {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        try {
            return Double.valueOf(s.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidValue(field, raw, "is not a number");
        }
    }

    /** A value that cannot be conformed: the reject names the field, the value and why. */
    public static class InvalidValue extends RuntimeException {
        private final String field;

        public InvalidValue(String field, String raw, String why) {
            super(field + " '" + raw + "' " + why);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
