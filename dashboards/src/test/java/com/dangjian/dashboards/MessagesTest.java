package com.dangjian.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.dangjian.contracts.rules.RuleId;

class MessagesTest {

    @Test
    void everyRuleHasALabelInChineseAndEnglish() {
        for (Messages m : new Messages[]{Messages.chinese(), new Messages(Locale.ENGLISH)}) {
            for (String rule : RuleId.ids()) {
                assertThat(m.label("rule", rule)).as(m.language() + " label of " + rule).isNotEqualTo(rule).isNotBlank();
            }
        }
        assertThat(Messages.chinese().label("rule", RuleId.TALK_YEARLY.id())).isEqualTo("谈心谈话（每年）");
        assertThat(new Messages(Locale.ENGLISH).get("section.ranking")).isEqualTo("Ranking");
    }

    /** A key given twice is silently the later one (java.util.Properties): one page's label would overwrite another's. */
    @Test
    void noKeyIsGivenTwice() throws Exception {
        for (String bundle : new String[]{"/dashboards/messages_zh.properties", "/dashboards/messages_en.properties"}) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            java.util.List<String> twice = new java.util.ArrayList<>();
            try (var in = MessagesTest.class.getResourceAsStream(bundle)) {
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    int eq = line.indexOf('=');
                    if (!line.startsWith("#") && eq > 0 && !seen.add(line.substring(0, eq).trim())) {
                        twice.add(line.substring(0, eq).trim());
                    }
                }
            }
            assertThat(twice).as(bundle).isEmpty();
        }
    }
}
