package com.dangjian.portal.access;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import com.dangjian.contracts.portal.Role;

/**
 * Who is looking: a logged-in user's name, role and organisation, however they logged in (users file or
 * directory). Both carry the role and the organisation as authorities, {@code ROLE_SECRETARY} and {@code ORG_D01-G01}.
 */
public record Viewer(String username, Role role, String org) {

    static final String ORG_PREFIX = "ORG_";

    public static java.util.List<GrantedAuthority> authorities(Role role, String org) {
        java.util.List<GrantedAuthority> list = new java.util.ArrayList<>();
        list.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        if (org != null && !org.isBlank()) {
            list.add(new SimpleGrantedAuthority(ORG_PREFIX + org.trim()));
        }
        return list;
    }

    /** The viewer an authenticated user's authorities describe, or null when they name no portal role. */
    public static Viewer of(String username, Collection<? extends GrantedAuthority> authorities) {
        Role role = null;
        String org = null;
        for (GrantedAuthority a : authorities) {
            String name = a.getAuthority();
            if (name.startsWith("ROLE_")) {
                for (Role r : Role.values()) {
                    if (name.equals("ROLE_" + r.name())) {
                        role = r;
                    }
                }
            } else if (name.startsWith(ORG_PREFIX)) {
                org = name.substring(ORG_PREFIX.length());
            }
        }
        return role == null ? null : new Viewer(username, role, org);
    }

    /** "li.shuji（书记 · D01-G01）" for pages and refusals. */
    public String describe() {
        return username + "（" + role.label() + (org == null ? "" : " · " + org) + "）";
    }
}
