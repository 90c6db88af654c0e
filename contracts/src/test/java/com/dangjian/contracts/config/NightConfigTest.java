package com.dangjian.contracts.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


class NightConfigTest {

    @TempDir
    Path tmp;

    private Path yaml(String body) throws Exception {
        Path f = tmp.resolve("dangjian.yaml");
        Files.writeString(f, body);
        return f;
    }

    @Test
    void aMisspeltKeyIsAnErrorNamingItAndTheNearestKnownKey() throws Exception {
        Path f = yaml("""
                registry: {url: "jdbc:h2:mem:r"}
                inbox: inbox
                lake: lake
                site: site
                clickhouse:
                  url: http://127.0.0.1:8123
                  databse: dangjian
                """);
        assertThatThrownBy(() -> NightConfig.load(f, Map.of()))
                .hasMessageContaining("unknown key 'clickhouse.databse'").hasMessageContaining("did you mean 'clickhouse.database'");
        Path top = yaml("""
                registry: {url: "jdbc:h2:mem:r"}
                inbox: inbox
                lake: lake
                site: site
                sitelanguage: en
                """);
        assertThatThrownBy(() -> NightConfig.load(top, Map.of())).hasMessageContaining("did you mean 'siteLanguage'");
    }

    @Test
    void sparkKeysPassAndTheEarliestDateIsRead() throws Exception {
        NightConfig c = NightConfig.load(yaml("""
                registry: {url: "jdbc:h2:mem:r"}
                inbox: inbox
                lake: lake
                site: site
                earliestDate: 2015-01-01
                spark:
                  master: "local[2]"
                  executor: {memory: 2g}
                  eventLog.enabled: true
                """), Map.of());
        assertThat(c.sparkMaster()).isEqualTo("local[2]");
        // Every spark key, nested or dotted, as Spark names it, for the session (SparkSessions).
        assertThat(c.spark()).containsExactly(Map.entry("spark.eventLog.enabled", "true"),
                Map.entry("spark.executor.memory", "2g"), Map.entry("spark.master", "local[2]"));
        assertThat(c.earliestDate()).isEqualTo(LocalDate.of(2015, 1, 1));
    }

    @Test
    void everyKeyTheFileMayHoldIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("../docs/configuration.md"));
        assertThat(NightConfig.KNOWN_KEYS).allSatisfy(k -> assertThat(doc).as(k).contains("| `" + k + "` |"));
    }

    @Test
    void thePortalsSettingsComeFromTheSameFileWithTheirDefaultsAndSecretsFromTheEnvironment() throws Exception {
        Path f = yaml("""
                site: /srv/site
                portal:
                  users: users.yaml
                  tls: {keystore: portal.p12}
                  ldap: {url: "ldap://dir:389", userDnPattern: "uid={0},ou=people,dc=x"}
                """);
        PortalSettings s = PortalSettings.load(f, Map.of("DANGJIAN_PORTAL_KEYSTORE_PASSWORD", "k", "DANGJIAN_PORTAL_LDAP_PASSWORD", "l"));
        assertThat(s.site()).isEqualTo(Path.of("/srv/site"));
        assertThat(s.address()).isEqualTo("127.0.0.1");
        assertThat(s.port()).isEqualTo(8080);
        assertThat(s.users()).contains(tmp.resolve("users.yaml"));
        assertThat(s.sessionTimeout()).hasMinutes(30);
        assertThat(s.lockoutAttempts()).isEqualTo(5);
        assertThat(s.lockoutTime()).hasMinutes(15);
        assertThat(s.accessLog()).isEqualTo(tmp.resolve("portal-access.log"));
        assertThat(s.tls()).hasValue(new PortalSettings.Tls(tmp.resolve("portal.p12"), "k", "PKCS12"));
        assertThat(s.ldap()).hasValueSatisfying(l -> {
            assertThat(l.roleAttribute()).isEqualTo("employeeType");
            assertThat(l.orgAttribute()).isEqualTo("departmentNumber");
            assertThat(l.managerPassword()).isEqualTo("l");
        });
        assertThat(s.onPort(9000).port()).isEqualTo(9000);
        assertThatThrownBy(() -> PortalSettings.load(yaml("site: s\nportal:\n  users: u\n  port: eighty\n"), Map.of()))
                .hasMessageContaining("portal.port must be a whole number, not 'eighty'");
        assertThatThrownBy(() -> PortalSettings.load(yaml("site: s\nportal:\n  ldap: {url: \"ldap://x\"}\n"), Map.of()))
                .hasMessageContaining("userDnPattern");
    }
}
