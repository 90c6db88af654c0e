package com.dangjian.jobs.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.dangjian.contracts.portal.OrganisationTree;
import com.dangjian.contracts.portal.PortalUser;
import com.dangjian.contracts.portal.Role;
import com.dangjian.contracts.portal.UsersFile;

/** doctor on the portal's settings: each problem named with its fix. */
class PortalChecksTest {

    @Test
    void noPortalBlockIsOneQuietLine(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("dangjian.yaml");
        Files.writeString(config, "site: site\n");
        assertThat(PortalChecks.of(config)).singleElement().satisfies(c -> assertThat(c.detail()).startsWith("not configured"));
    }

    @Test
    void usersAccessLogKeystoreAndDirectoryAreEachChecked(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("site/assets"));
        Files.writeString(dir.resolve("site").resolve(OrganisationTree.FILE), OrganisationTree.json(List.of(
                new OrganisationTree.Organisation("C1", "机关党委", "COMMITTEE", null),
                new OrganisationTree.Organisation("B1", "第一支部", "BRANCH", "C1"))));
        UsersFile users = new UsersFile(dir.resolve("users.yaml"));
        users.put(new PortalUser("li", "{bcrypt}$2a$10$x", Role.SECRETARY, "B1", false));
        Path config = dir.resolve("dangjian.yaml");
        Files.writeString(config, """
                site: site
                portal:
                  users: users.yaml
                  tls:
                    keystore: missing.p12
                  ldap:
                    url: ldap://127.0.0.1:1
                    userDnPattern: "uid={0},ou=people,dc=x"
                """);
        assertThat(check(config, "portal users").fix()).contains("users add NAME --role LEADERSHIP"); // no leader yet

        users.put(new PortalUser("wang", "{bcrypt}$2a$10$y", Role.LEADERSHIP, "C1", false));
        users.put(new PortalUser("old", "{bcrypt}$2a$10$z", Role.SECRETARY, "B9", false));
        Doctor.Check stray = check(config, "portal users");
        assertThat(stray.detail()).isEqualTo("organisation not in the latest night's tree: old (B9)");

        users.disable("old");
        assertThat(check(config, "portal users").fix()).isNull();
        Files.setPosixFilePermissions(dir.resolve("users.yaml"), PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(check(config, "portal users").fix()).isEqualTo("chmod 600 " + dir.resolve("users.yaml") + " (it holds the password hashes)");

        assertThat(check(config, "portal access log").fix()).isNull();
        assertThat(Files.exists(dir.resolve("portal-access.log"))).isTrue();
        assertThat(check(config, "portal TLS").fix()).contains("portal.tls.keystore");
        assertThat(check(config, "portal directory").detail()).startsWith("ldap://127.0.0.1:1: ");
    }

    private static Doctor.Check check(Path config, String what) {
        return PortalChecks.of(config).stream().filter(c -> c.what().equals(what)).findFirst().orElseThrow();
    }
}
