package com.dangjian.contracts.portal;

/** Who a portal user is to the party organisation, which decides what the portal shows them. */
public enum Role {
    /** 党委/机关党委: everything, member-level detail of every organisation. */
    LEADERSHIP("党委领导"),
    /** 书记 of one organisation: member-level detail of it and every organisation below it, only scores elsewhere. */
    SECRETARY("书记");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The role as the portal shows it (Chinese). */
    public String label() {
        return label;
    }

    /** The role named in a users file, a command line or a directory attribute, or an error that lists the choices. */
    public static Role parse(String text, String where) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException(where + ": role '" + text + "' is not LEADERSHIP or SECRETARY");
    }
}
