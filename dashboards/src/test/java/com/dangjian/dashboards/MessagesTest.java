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
}
