package com.dangjian.dashboards;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every label of the site comes from a bundle: Chinese by default, English available. */
public final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("dashboards/messages", locale);
    }

    public static Messages chinese() {
        return new Messages(Locale.SIMPLIFIED_CHINESE);
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no label '" + key + "' in the " + locale + " message bundle", e);
        }
    }

    /** Label of a code, or the code itself when the bundle has none (a new category, say). */
    public String label(String prefix, String code) {
        return code == null ? "" : bundle.containsKey(prefix + "." + code) ? bundle.getString(prefix + "." + code) : code;
    }

    public String language() {
        return locale.getLanguage();
    }
}
