package com.dangjian.dashboards;

import java.util.Locale;
import java.util.stream.Collectors;

import com.ibm.icu.text.Transliterator;

/**
 * assets/organisations.js: every organisation's code, name, type (in the site's language) and the pinyin initials
 * of its name (机关第一党支部 → jgdydzb) for the search box of every page — a script, not JSON, because pages opened
 * from file:// cannot fetch a file.
 */
final class SearchIndex {

    static final String FILE = "assets/organisations.js";

    /** Chinese characters to toneless pinyin, a syllable per character ("机关" → "ji guan"). */
    private static final String HAN_TO_PINYIN = "Han-Latin; Latin-ASCII; Lower";

    private SearchIndex() {
    }

    static String script(GoldSnapshot gold, Messages m) {
        Transliterator pinyin = Transliterator.getInstance(HAN_TO_PINYIN);
        return gold.organisations().stream()
                .map(o -> "[" + Scripts.string(o.code()) + "," + Scripts.string(o.name()) + "," + Scripts.string(m.label("org_type", o.type()))
                        + "," + Scripts.string(initials(o.name(), pinyin)) + "]")
                .collect(Collectors.joining(",\n", "var DJ_ORGANISATIONS = [\n", "\n];\n"));
    }

    static String initials(String name) {
        return initials(name, Transliterator.getInstance(HAN_TO_PINYIN));
    }

    /**
     * The first letter of each Chinese character's pinyin; letters and digits written in the name stay as they are
     * (lower case), so "第3党支部" → "d3dzb". A character with two readings takes ICU's usual one.
     */
    private static String initials(String name, Transliterator pinyin) {
        if (name == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                String syllable = pinyin.transliterate(new String(Character.toChars(c))).trim();
                if (!syllable.isEmpty() && Character.isLetter(syllable.charAt(0))) {
                    b.append(syllable.charAt(0));
                }
            } else if (Character.isLetterOrDigit(c)) {
                b.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
            }
        });
        return b.toString();
    }
}
