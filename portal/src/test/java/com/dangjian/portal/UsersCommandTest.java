package com.dangjian.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import com.dangjian.contracts.config.PortalSettings;
import com.dangjian.contracts.portal.PortalUser;
import com.dangjian.contracts.portal.Role;
import com.dangjian.contracts.portal.UsersFile;
import com.dangjian.portal.users.UsersCommand;

/** ./dangjian users: accounts kept as bcrypt hashes in a file only its owner reads, organisations checked against the tree. */
class UsersCommandTest {

    @Test
    void addDisableAndListAccounts(@TempDir Path dir) throws Exception {
        TestSite.generate(dir.resolve("site"));
        Path config = dir.resolve("dangjian.yaml");
        Files.writeString(config, "site: site\nportal:\n  users: portal-users.yaml\n");
        PortalSettings settings = PortalSettings.load(config, Map.of());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        UsersCommand users = new UsersCommand(settings, new PrintStream(printed, true, StandardCharsets.UTF_8));

        char[] password = UsersCommand.passwordFromStdin(new BufferedReader(new StringReader("Branch2024pass\n")));
        users.add("li.shuji", Role.SECRETARY, "B1", password);
        assertThat(password).containsOnly('\0'); // not kept in memory after hashing
        users.add("leader", Role.LEADERSHIP, null, "Leader2024pass".toCharArray());

        Path file = dir.resolve("portal-users.yaml");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String yaml = Files.readString(file);
        assertThat(yaml).doesNotContain("Branch2024pass").contains("{bcrypt}$2a$");
        PortalUser li = new UsersFile(file).read().get(0);
        assertThat(li).extracting(PortalUser::username, PortalUser::role, PortalUser::org, PortalUser::disabled)
                .containsExactly("li.shuji", Role.SECRETARY, "B1", false);
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("Branch2024pass", li.passwordHash())).isTrue();

        assertThatThrownBy(() -> users.add("x", Role.SECRETARY, "B9", "Branch2024pass".toCharArray()))
                .hasMessageContaining("organisation B9 is not in the latest night's organisation tree");
        assertThatThrownBy(() -> users.add("x", Role.SECRETARY, "B1", "short1".toCharArray())).hasMessageContaining("at least 10 characters");
        assertThatThrownBy(() -> users.add("x", Role.SECRETARY, "B1", "onlyletterspassword".toCharArray())).hasMessageContaining("letters and digits");
        assertThatThrownBy(() -> users.add("x", Role.SECRETARY, null, "Branch2024pass".toCharArray())).hasMessageContaining("needs the organisation code");
        assertThatThrownBy(() -> users.add("bad name", Role.LEADERSHIP, null, "Branch2024pass".toCharArray())).hasMessageContaining("must be 1–64");
        assertThatThrownBy(() -> UsersCommand.passwordFromStdin(new BufferedReader(new StringReader(""))))
                .hasMessageContaining("held no password");

        users.disable("li.shuji");
        assertThat(new UsersFile(file).read().get(0).disabled()).isTrue();
        assertThatThrownBy(() -> users.disable("nobody")).hasMessageContaining("no account nobody");
        users.list();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .containsPattern("li\\.shuji +SECRETARY +B1 +disabled +办公室党支部")
                .containsPattern("leader +LEADERSHIP +- +enabled")
                .contains("2 account(s) in " + file);
    }

    @Test
    void aConfigurationWithoutUsersOrDirectoryIsRefused(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("dangjian.yaml");
        Files.writeString(config, "site: site\nportal:\n  port: 8443\n");
        assertThatThrownBy(() -> PortalSettings.load(config, Map.of())).hasMessageContaining("neither 'portal.users'");
        Files.writeString(config, "site: site\nportal:\n  users: u.yaml\n  lockout:\n    atempts: 3\n");
        assertThatThrownBy(() -> PortalSettings.load(config, Map.of())).hasMessageContaining("did you mean 'portal.lockout.attempts'");
    }
}
