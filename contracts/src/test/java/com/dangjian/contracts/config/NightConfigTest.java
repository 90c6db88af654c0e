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
                """), Map.of());
        assertThat(c.sparkMaster()).isEqualTo("local[2]");
        assertThat(c.earliestDate()).isEqualTo(LocalDate.of(2015, 1, 1));
    }
}
