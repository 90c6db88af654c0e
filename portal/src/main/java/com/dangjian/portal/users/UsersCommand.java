package com.dangjian.portal.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.dangjian.contracts.config.PortalSettings;
import com.dangjian.contracts.portal.OrganisationTree;
import com.dangjian.contracts.portal.PortalUser;
import com.dangjian.contracts.portal.Role;
import com.dangjian.contracts.portal.UsersFile;

/**
 * {@code ./dangjian users add|disable|list}: the accounts of the users file named by {@code portal.users}. The
 * password comes from a prompt or standard input, never an argument (arguments show in ps and shell history), and is
 * kept only as its bcrypt hash. An organisation code is checked against the latest night's tree when there is one.
 */
public final class UsersCommand {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final PortalSettings settings;
    private final UsersFile file;
    private final PrintStream out;

    public UsersCommand(PortalSettings settings, PrintStream out) {
        this.settings = settings;
        this.file = new UsersFile(settings.users().orElseThrow(() -> new IllegalArgumentException(
                "the configuration names no users file: add portal.users (e.g. portal.users: portal-users.yaml)")));
        this.out = out;
    }

    public void add(String username, Role role, String org, char[] password) {
        String weakness = Passwords.weakness(password);
        if (weakness != null) {
            throw new IllegalArgumentException(weakness + "; account " + username + " not added");
        }
        OrganisationTree tree = OrganisationTree.read(settings.site());
        if (org != null && tree.size() > 0 && tree.get(org) == null) {
            throw new IllegalArgumentException("organisation " + org + " is not in the latest night's organisation tree ("
                    + settings.site().resolve(OrganisationTree.FILE) + "): check the code; account " + username + " not added");
        }
        boolean replacing = file.read().stream().anyMatch(u -> u.username().equals(username));
        String hash = ENCODER.encode(java.nio.CharBuffer.wrap(password));
        Arrays.fill(password, '\0');
        file.put(new PortalUser(username, hash, role, org, false));
        OrganisationTree.Organisation o = tree.get(org);
        out.println((replacing ? "updated " : "added ") + username + " as " + role + (org == null ? "" : " of " + org
                + (o == null ? " (no night has written the organisation tree yet: not checked)" : " " + o.name())) + " in " + file.path());
    }

    public void disable(String username) {
        if (!file.disable(username)) {
            throw new IllegalArgumentException("no account " + username + " in " + file.path() + " (./dangjian users list shows them)");
        }
        out.println("disabled " + username + ": refused from now on, and any session of it ends at its next request");
    }

    public void list() {
        List<PortalUser> users = file.read();
        OrganisationTree tree = OrganisationTree.read(settings.site());
        out.printf("%-24s %-11s %-14s %-8s %s%n", "USERNAME", "ROLE", "ORG", "STATUS", "ORGANISATION");
        for (PortalUser u : users) {
            OrganisationTree.Organisation o = tree.get(u.org());
            out.printf("%-24s %-11s %-14s %-8s %s%n", u.username(), u.role(), u.org() == null ? "-" : u.org(),
                    u.disabled() ? "disabled" : "enabled", o == null ? (u.org() == null ? "" : "(not in the latest tree)") : o.name());
        }
        out.println(users.size() + " account(s) in " + file.path());
    }

    /** The password from standard input: its first line. */
    public static char[] passwordFromStdin(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line == null || line.isEmpty()) {
            throw new IllegalArgumentException("--password-stdin: standard input held no password");
        }
        return line.toCharArray();
    }

    /** The password typed twice at the terminal, not echoed. */
    public static char[] passwordFromPrompt(String username) {
        java.io.Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("no terminal to ask for " + username + "'s password: pipe it in with --password-stdin");
        }
        char[] first = console.readPassword("password for %s: ", username);
        char[] second = console.readPassword("the same password again: ");
        if (first == null || !Arrays.equals(first, second)) {
            throw new IllegalArgumentException("the two passwords differ; account " + username + " not added");
        }
        return first;
    }
}
