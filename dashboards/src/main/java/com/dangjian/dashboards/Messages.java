package com.dangjian.dashboards;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.dangjian.contracts.rules.RuleCatalogue;

/**
 * Every label of the site comes from a bundle — Chinese by default, English available — except the rules'
 * names, which come from the rule catalogue (rules.yaml: {@code name} and {@code nameEn}), the one place a
 * rule's names are kept.
 */
public final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final RuleCatalogue rules;

    public Messages(Locale locale) {
        this(locale, RuleCatalogue.defaults());
    }

    private Messages(Locale locale, RuleCatalogue rules) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("dashboards/messages", locale);
        this.rules = rules;
    }

    public static Messages chinese() {
        return new Messages(Locale.SIMPLIFIED_CHINESE);
    }

    /** The same labels, with the rules' names from this catalogue (the one the night ran with). */
    public Messages withRules(RuleCatalogue catalogue) {
        return new Messages(locale, catalogue);
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no label '" + key + "' in the " + locale + " message bundle", e);
        }
    }

    /** Label of a code, or the code itself when the bundle has none (a new category, say); a rule's from the catalogue. */
    public String label(String prefix, String code) {
        if (code == null) {
            return "";
        }
        if (prefix.equals("rule") && rules.rules().containsKey(code)) {
            return rules.rule(code).name(language());
        }
        return bundle.containsKey(prefix + "." + code) ? bundle.getString(prefix + "." + code) : code;
    }

    public String language() {
        return locale.getLanguage();
    }
}
