package com.dangjian.contracts.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * docs/data-dictionary.md is what the descriptors say. After changing gold-tables.yaml, write it again with
 * {@code DANGJIAN_WRITE_DICTIONARY=1 mvn -pl contracts test -Dtest=DataDictionaryTest}.
 */
class DataDictionaryTest {

    static final Path FILE = Path.of("../docs/data-dictionary.md");

    @Test
    void theDataDictionaryIsTheDescriptorsRendered() throws Exception {
        String rendered = DataDictionary.markdown(GoldTables.WAREHOUSE);
        if (System.getenv("DANGJIAN_WRITE_DICTIONARY") != null) {
            Files.writeString(FILE, rendered, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8)).as("docs/data-dictionary.md is generated: run "
                + "DANGJIAN_WRITE_DICTIONARY=1 mvn -pl contracts test -Dtest=DataDictionaryTest").isEqualTo(rendered);
    }

    @Test
    void everyTableHasItsTitlesAndEveryColumnItsMeanings() {
        assertThat(GoldTables.WAREHOUSE).hasSize(20).allSatisfy(t -> {
            assertThat(t.zh()).isNotBlank();
            assertThat(t.en()).isNotBlank();
            assertThat(t.columns()).allSatisfy(c -> assertThat(c.zh() + c.en()).isNotBlank());
        });
        assertThat(GoldTables.ALL).doesNotContain(GoldTables.RUN_LOG).contains(GoldTables.RULE_PROGRESS);
    }
}
