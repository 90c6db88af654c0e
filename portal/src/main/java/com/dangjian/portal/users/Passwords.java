package com.dangjian.portal.users;

/**
 * What a portal password must be: at least 10 characters with letters and digits (a government intranet's usual
 * minimum). Checked when an account is made; only its bcrypt hash is ever written.
 */
public final class Passwords {

    static final int MINIMUM_LENGTH = 10;

    private Passwords() {
    }

    /** The reason a password is refused, or null when it will do. */
    public static String weakness(char[] password) {
        if (password.length < MINIMUM_LENGTH) {
            return "the password must have at least " + MINIMUM_LENGTH + " characters";
        }
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit ? null : "the password must contain both letters and digits";
    }
}
