package com.dangjian.jobs.ops;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import javax.naming.Context;
import javax.naming.directory.InitialDirContext;

import com.dangjian.contracts.config.PortalSettings;
import com.dangjian.contracts.portal.OrganisationTree;
import com.dangjian.contracts.portal.PortalUser;
import com.dangjian.contracts.portal.Role;
import com.dangjian.contracts.portal.UsersFile;

/**
 * doctor's checks of the portal's settings: the users file (readable by its owner only, at least one enabled
 * leader, every secretary's organisation in the latest night's tree), the access log (appendable), the TLS keystore
 * (opens with its password) and the directory (reachable). Nothing when the configuration has no portal block.
 */
final class PortalChecks {

    private PortalChecks() {
    }

    static List<Doctor.Check> of(Path configFile) {
        List<Doctor.Check> out = new ArrayList<>();
        if (!PortalSettings.configured(configFile)) {
            out.add(Doctor.ok("portal", "not configured (no portal: block): the site is a folder only"));
            return out;
        }
        PortalSettings s;
        try {
            s = PortalSettings.load(configFile, System.getenv());
        } catch (IllegalArgumentException e) {
            out.add(Doctor.problem("portal", e.getMessage(), "correct the portal: block (docs/operations.md, the portal)"));
            return out;
        }
        out.add(Doctor.ok("portal", "listens on " + (s.tls().isPresent() ? "https" : "http") + "://" + s.address() + ":" + s.port()));
        s.users().ifPresent(u -> out.add(users(u, OrganisationTree.read(s.site()))));
        out.add(accessLog(s.accessLog()));
        s.tls().ifPresent(t -> out.add(keystore(t)));
        s.ldap().ifPresent(l -> out.add(directory(l)));
        return out;
    }

    private static Doctor.Check users(Path file, OrganisationTree tree) {
        String what = "portal users";
        if (!Files.isRegularFile(file)) {
            return Doctor.problem(what, file + " does not exist", "make the first account: ./dangjian users add NAME --role LEADERSHIP --config FILE");
        }
        List<PortalUser> users;
        try {
            users = new UsersFile(file).read();
            var permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                return Doctor.problem(what, file + " is readable by others (" + java.nio.file.attribute.PosixFilePermissions.toString(permissions)
                        + ")", "chmod 600 " + file + " (it holds the password hashes)");
            }
        } catch (IllegalArgumentException | IOException | UnsupportedOperationException e) {
            return Doctor.problem(what, e.getMessage(), "repair " + file + " or make it again with ./dangjian users add");
        }
        List<String> strays = users.stream().filter(u -> !u.disabled() && u.org() != null && tree.size() > 0 && tree.get(u.org()) == null)
                .map(u -> u.username() + " (" + u.org() + ")").toList();
        if (!strays.isEmpty()) {
            return Doctor.problem(what, "organisation not in the latest night's tree: " + String.join(", ", strays),
                    "give them their current organisation (./dangjian users add NAME --role ROLE --org CODE) or disable them");
        }
        if (users.stream().noneMatch(u -> !u.disabled() && u.role() == Role.LEADERSHIP)) {
            return Doctor.problem(what, "no enabled LEADERSHIP account in " + file,
                    "add one: ./dangjian users add NAME --role LEADERSHIP --config FILE");
        }
        return Doctor.ok(what, users.stream().filter(u -> !u.disabled()).count() + " enabled of " + users.size() + " in " + file);
    }

    private static Doctor.Check accessLog(Path log) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Files.newOutputStream(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND).close();
            return Doctor.ok("portal access log", log + " is appendable");
        } catch (IOException e) {
            return Doctor.problem("portal access log", log + ": " + e.getMessage(), "give the portal's user append access to " + log
                    + " or set portal.accessLog");
        }
    }

    private static Doctor.Check keystore(PortalSettings.Tls tls) {
        try (InputStream in = Files.newInputStream(tls.keystore())) {
            KeyStore ks = KeyStore.getInstance(tls.type());
            ks.load(in, tls.password().toCharArray());
            return Doctor.ok("portal TLS", tls.keystore() + " (" + tls.type() + ", " + ks.size() + " entr" + (ks.size() == 1 ? "y" : "ies") + ")");
        } catch (Exception e) {
            return Doctor.problem("portal TLS", tls.keystore() + ": " + e.getMessage(), "check portal.tls.keystore, its type and "
                    + "its password (portal.tls.keystorePassword or $DANGJIAN_PORTAL_KEYSTORE_PASSWORD)");
        }
    }

    private static Doctor.Check directory(PortalSettings.Ldap ldap) {
        Hashtable<String, String> env = new Hashtable<>(Map.of(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory",
                Context.PROVIDER_URL, ldap.url(), "com.sun.jndi.ldap.connect.timeout", "5000", "com.sun.jndi.ldap.read.timeout", "5000"));
        if (ldap.managerDn() != null) {
            env.put(Context.SECURITY_PRINCIPAL, ldap.managerDn());
            env.put(Context.SECURITY_CREDENTIALS, ldap.managerPassword());
        }
        try {
            new InitialDirContext(env).close();
            return Doctor.ok("portal directory", ldap.url() + " answers" + (ldap.managerDn() == null ? "" : " (bound as " + ldap.managerDn() + ")"));
        } catch (Exception e) {
            return Doctor.problem("portal directory", ldap.url() + ": " + e.getMessage(), "check portal.ldap.url and that the "
                    + "directory server is running and reachable" + (ldap.managerDn() == null ? "" : ", and the manager's DN and password"));
        }
    }
}
