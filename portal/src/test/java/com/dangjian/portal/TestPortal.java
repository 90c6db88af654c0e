package com.dangjian.portal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.dangjian.contracts.config.PortalSettings;
import com.dangjian.contracts.portal.Role;
import com.dangjian.portal.users.UsersCommand;

/**
 * One running portal per test JVM, as an operator would set it up: the site a night's dashboards wrote, a users
 * file made with the users command, the directory scripts/servers.sh started (slapd) — and the real server on a
 * free port. Accounts: a leader, the secretary of 第一党总支 G1 (over B1 and B2), the secretary of B3, and two
 * accounts the lockout and disabling tests use up.
 */
final class TestPortal {

    static final String PASSWORD = "Dangjian2024";
    static final String LDAP_URL = System.getenv().getOrDefault("DJ_LDAP_URL", "ldap://127.0.0.1:13389");
    static final String LDAP_SUFFIX = System.getenv().getOrDefault("DJ_LDAP_SUFFIX", "dc=dangjian,dc=test");

    private static TestPortal running;

    final Path dir;
    final Path site;
    final Path config;
    final PortalSettings settings;
    final ConfigurableApplicationContext context;
    final int port;

    private TestPortal(Path dir) throws IOException {
        this.dir = dir;
        this.site = dir.resolve("site");
        TestSite.generate(site);
        this.config = dir.resolve("dangjian.yaml");
        Files.writeString(config, """
                site: site
                portal:
                  address: 127.0.0.1
                  port: 0
                  users: portal-users.yaml
                  accessLog: logs/portal-access.log
                  sessionTimeoutMinutes: 30
                  lockout:
                    attempts: 5
                    minutes: 10
                  ldap:
                    url: %s
                    userDnPattern: "uid={0},ou=people,%s"
                """.formatted(LDAP_URL, LDAP_SUFFIX));
        this.settings = PortalSettings.load(config, Map.of());
        UsersCommand users = new UsersCommand(settings, new PrintStream(PrintStream.nullOutputStream()));
        users.add("leader", Role.LEADERSHIP, "C1", PASSWORD.toCharArray());
        users.add("zongzhi", Role.SECRETARY, "G1", PASSWORD.toCharArray());
        users.add("lituixiu", Role.SECRETARY, "B3", PASSWORD.toCharArray());
        users.add("locky", Role.SECRETARY, "B1", PASSWORD.toCharArray());
        users.add("leaving", Role.SECRETARY, "B2", PASSWORD.toCharArray());
        users.add("lockedout", Role.SECRETARY, "B2", PASSWORD.toCharArray());
        this.context = PortalApplication.start(settings);
        this.port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    static synchronized TestPortal get() throws IOException {
        if (running == null) {
            running = new TestPortal(Files.createTempDirectory("dangjian-portal-"));
        }
        return running;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    String accessLog() throws IOException {
        return Files.readString(settings.accessLog());
    }
}
