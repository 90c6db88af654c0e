package com.dangjian.contracts.portal;

/**
 * One account of the portal's users file: the password only as a bcrypt hash ({@code {bcrypt}$2a$…}), the role,
 * and the organisation code a secretary answers for (a leader's may be the committee's, or empty).
 */
public record PortalUser(String username, String passwordHash, Role role, String org, boolean disabled) {

    public PortalUser {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new IllegalArgumentException("username '" + username + "' must be 1–64 letters, digits or . _ @ -");
        }
        if (role == Role.SECRETARY && (org == null || org.isBlank())) {
            throw new IllegalArgumentException("user " + username + ": a SECRETARY needs the organisation code (--org)");
        }
    }

    public PortalUser disable() {
        return new PortalUser(username, passwordHash, role, org, true);
    }
}
