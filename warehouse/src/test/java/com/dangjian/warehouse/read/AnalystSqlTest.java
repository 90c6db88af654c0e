package com.dangjian.warehouse.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The analysts' door reads the warehouse's tables by name and nothing else, judged on the parsed query. */
class AnalystSqlTest {

    static final List<String> TABLES = List.of("rule_result", "dim_organisation", "org_scorecard_monthly");

    @Test
    void queriesOverTheTablesPass() {
        assertThat(AnalystSql.check("SELECT rule_id, count() AS n FROM rule_result GROUP BY rule_id", TABLES))
                .isEqualTo("SELECT rule_id, count() AS n FROM rule_result GROUP BY rule_id");
        assertThat(AnalystSql.check("WITH failed AS (SELECT org_code FROM rule_result WHERE status = 'FAIL') "
                + "SELECT o.name, count(*) FROM failed f JOIN dim_organisation o ON o.org_code = f.org_code GROUP BY o.name;", TABLES))
                .doesNotEndWith(";");
        assertThat(AnalystSql.check("SELECT * FROM dangjian.rule_result LIMIT 1", TABLES, "dangjian")).isNotBlank();
        assertThat(AnalystSql.check("SHOW TABLES", TABLES)).isEqualTo("SHOW TABLES");
        assertThat(AnalystSql.check("DESCRIBE rule_result", TABLES)).isEqualTo("DESCRIBE rule_result");
    }

    @Test
    void theFiveProbesOfTheIssueAreRefusedWithAReason() {
        // Files (Spark's path-qualified sources), the JVM (reflect, java_method), and a write behind a WITH.
        assertThatThrownBy(() -> AnalystSql.check("SELECT * FROM csv.`/etc/passwd`", TABLES))
                .isInstanceOf(ReadOnlySql.Refused.class).hasMessageContaining("could not be parsed");
        assertThatThrownBy(() -> AnalystSql.check("SELECT * FROM text.\"/etc/shadow\"", TABLES))
                .isInstanceOf(ReadOnlySql.Refused.class).hasMessageContaining("'text./etc/shadow' is not a table of the warehouse");
        assertThatThrownBy(() -> AnalystSql.check("SELECT java_method('java.lang.System','getenv','DANGJIAN_REGISTRY_PASSWORD')", TABLES))
                .isInstanceOf(ReadOnlySql.Refused.class).hasMessageContaining("java_method() reaches the process");
        assertThatThrownBy(() -> AnalystSql.check("SELECT reflect('java.lang.System', 'getenv', 'HOME')", TABLES))
                .isInstanceOf(ReadOnlySql.Refused.class).hasMessageContaining("reflect() reaches the process");
        assertThatThrownBy(() -> AnalystSql.check("WITH x AS (SELECT 1 AS a) INSERT OVERWRITE DIRECTORY '/some/dir' USING csv SELECT * FROM x", TABLES))
                .isInstanceOf(ReadOnlySql.Refused.class);
    }

    @Test
    void tableFunctionsOtherDatabasesAndPathsAreRefused() {
        assertThatThrownBy(() -> AnalystSql.check("SELECT * FROM read_csv('/etc/passwd')", TABLES))
                .hasMessageContaining("table functions (read_csv())");
        assertThatThrownBy(() -> AnalystSql.check("SELECT * FROM file('/etc/passwd', 'CSV', 'a String')", TABLES))
                .hasMessageContaining("table functions (file())");
        assertThatThrownBy(() -> AnalystSql.check("SELECT * FROM '/etc/passwd'", TABLES))
                .hasMessageContaining("'/etc/passwd' is not a table of the warehouse");
        assertThatThrownBy(() -> AnalystSql.check("SELECT name FROM system.users", TABLES, "dangjian"))
                .hasMessageContaining("'system.users' is not a table");
        assertThatThrownBy(() -> AnalystSql.check("SELECT * FROM rule_result WHERE org_code IN (SELECT org_code FROM dim_member)", TABLES))
                .hasMessageContaining("'dim_member' is not a table").hasMessageContaining("the tables are: dim_organisation");
        assertThatThrownBy(() -> AnalystSql.check("SELECT getenv('HOME')", TABLES)).hasMessageContaining("getenv()");
        assertThatThrownBy(() -> AnalystSql.check("DESCRIBE secrets", TABLES)).hasMessageContaining("'secrets' is not a table");
        assertThatThrownBy(() -> AnalystSql.check("SELECT 1; DROP TABLE rule_result", TABLES)).hasMessageContaining("one statement");
    }
}
