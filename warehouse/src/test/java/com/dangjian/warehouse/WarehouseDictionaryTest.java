package com.dangjian.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** docs/data-dictionary.md names exactly the tables and columns the ClickHouse migrations create. */
class WarehouseDictionaryTest {

    @Test
    void theDataDictionaryMatchesTheWarehouseSchema() throws IOException {
        Map<String, List<String>> schema = new LinkedHashMap<>();
        StringBuilder all = new StringBuilder();
        for (String file : com.dangjian.warehouse.clickhouse.Migrations.FILES) {
            all.append(new String(getClass().getResourceAsStream("/db/clickhouse/" + file).readAllBytes(), StandardCharsets.UTF_8));
        }
        String sql = all.toString();
        Matcher table = Pattern.compile("CREATE TABLE IF NOT EXISTS \\$\\{database}\\.(\\w+) \\((.*?)\\) ENGINE", Pattern.DOTALL)
                .matcher(sql);
        while (table.find()) {
            List<String> columns = new ArrayList<>();
            for (String line : table.group(2).split("\n")) {
                if (!line.isBlank()) {
                    columns.add(line.strip().split("\\s+")[0]);
                }
            }
            schema.put(table.group(1), columns);
        }

        Map<String, List<String>> dictionary = new LinkedHashMap<>();
        String current = null;
        for (String line : Files.readAllLines(Path.of("../docs/data-dictionary.md"))) {
            Matcher heading = Pattern.compile("^## (\\w+) ").matcher(line);
            if (heading.find()) {
                current = heading.group(1);
                dictionary.put(current, new ArrayList<>());
            } else if (current != null && line.startsWith("| ") && !line.startsWith("| column")) {
                dictionary.get(current).add(line.split("\\|")[1].strip());
            }
        }

        Matcher added = Pattern.compile("ALTER TABLE \\$\\{database}\\.(\\w+) ADD COLUMN (\\w+)").matcher(sql);
        while (added.find()) {
            schema.get(added.group(1)).add(added.group(2));
        }
        assertThat(schema).isNotEmpty();
        assertThat(dictionary).isEqualTo(schema);
    }
}
