package com.dangjian.contracts.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The portal's part of the configuration file ({@code portal:}, beside the night's keys; only {@code site} is
 * shared): where it listens, its users file and/or directory, sessions, lockout, TLS and the access log. Secrets
 * may come from the environment (DANGJIAN_PORTAL_KEYSTORE_PASSWORD, DANGJIAN_PORTAL_LDAP_PASSWORD).
 */
public record PortalSettings(Path site, String address, int port, Optional<Path> users, Duration sessionTimeout,
                             int lockoutAttempts, Duration lockoutTime, Path accessLog, Optional<Tls> tls,
                             Optional<Ldap> ldap) {

    /** A keystore holding the server's certificate and key (PKCS12 unless said otherwise). */
    public record Tls(Path keystore, String password, String type) {
    }

    /**
     * A directory to bind users against: by a DN pattern ({@code uid={0},ou=people,dc=…}) or by a search under a
     * base with a filter (then as a manager when anonymous search is not allowed). The role and the organisation
     * code come from two attributes of the user's entry (by default inetOrgPerson's employeeType and departmentNumber).
     */
    public record Ldap(String url, String userDnPattern, String userSearchBase, String userSearchFilter,
                       String managerDn, String managerPassword, String roleAttribute, String orgAttribute) {
    }

    public static PortalSettings load(Path file, Map<String, String> env) {
        JsonNode root = NightConfig.read(file);
        Path base = file.toAbsolutePath().getParent();
        Path site = NightConfig.path(base, NightConfig.required(root, "site", file));
        String users = NightConfig.text(root, "portal.users", null);
        Optional<Tls> tls = Optional.ofNullable(NightConfig.text(root, "portal.tls.keystore", null))
                .map(k -> new Tls(NightConfig.path(base, k),
                        NightConfig.secret(root, "portal.tls.keystorePassword", env.get("DANGJIAN_PORTAL_KEYSTORE_PASSWORD")),
                        NightConfig.text(root, "portal.tls.keystoreType", "PKCS12")));
        Optional<Ldap> ldap = Optional.ofNullable(NightConfig.text(root, "portal.ldap.url", null)).map(url -> ldap(root, url, env, file));
        if (users == null && ldap.isEmpty()) {
            throw new IllegalArgumentException("configuration " + file + " has neither 'portal.users' (a users file made with "
                    + "./dangjian users add) nor 'portal.ldap.url' (a directory): no one could log in; add one of them");
        }
        int attempts = NightConfig.integer(root, "portal.lockout.attempts", 5);
        if (attempts < 1) {
            throw new IllegalArgumentException("configuration " + file + ": portal.lockout.attempts must be at least 1");
        }
        return new PortalSettings(site, NightConfig.text(root, "portal.address", "127.0.0.1"),
                NightConfig.integer(root, "portal.port", 8080), Optional.ofNullable(users).map(u -> NightConfig.path(base, u)),
                Duration.ofMinutes(NightConfig.integer(root, "portal.sessionTimeoutMinutes", 30)), attempts,
                Duration.ofMinutes(NightConfig.integer(root, "portal.lockout.minutes", 15)),
                NightConfig.path(base, NightConfig.text(root, "portal.accessLog", "portal-access.log")), tls, ldap);
    }

    /** Whether the file has a portal: block at all (doctor checks it only then). */
    public static boolean configured(Path file) {
        JsonNode root = NightConfig.read(file);
        return root != null && root.hasNonNull("portal");
    }

    /** The same settings on another port (--port). */
    public PortalSettings onPort(int otherPort) {
        return new PortalSettings(site, address, otherPort, users, sessionTimeout, lockoutAttempts, lockoutTime, accessLog, tls, ldap);
    }

    private static Ldap ldap(JsonNode root, String url, Map<String, String> env, Path file) {
        String pattern = NightConfig.text(root, "portal.ldap.userDnPattern", null);
        String searchBase = NightConfig.text(root, "portal.ldap.userSearchBase", null);
        if (pattern == null && searchBase == null) {
            throw new IllegalArgumentException("configuration " + file + ": portal.ldap needs userDnPattern (e.g. "
                    + "uid={0},ou=people,dc=example,dc=cn) or userSearchBase with userSearchFilter (e.g. (uid={0}))");
        }
        return new Ldap(url, pattern, searchBase, NightConfig.text(root, "portal.ldap.userSearchFilter", "(uid={0})"),
                NightConfig.text(root, "portal.ldap.managerDn", null),
                NightConfig.secret(root, "portal.ldap.managerPassword", env.get("DANGJIAN_PORTAL_LDAP_PASSWORD")),
                NightConfig.text(root, "portal.ldap.roleAttribute", "employeeType"),
                NightConfig.text(root, "portal.ldap.orgAttribute", "departmentNumber"));
    }
}
