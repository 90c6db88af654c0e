package com.dangjian.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChartTest {

    @Test
    void aTitleCannotCloseTheChartsScriptAndEmptyValuesAreGaps() {
        Chart chart = Chart.line("会议</script><b>数", List.of("2026-09", "2026-10"), Map.of("支部", new double[]{3, Double.NaN}));
        String html = chart.html();
        assertThat(html).doesNotContain("</script><b>").contains("会议&lt;/script&gt;&lt;b&gt;数").contains("会议<\\/script><b>数");
        assertThat(chart.json()).contains("\"data\":[3.0,null]");
    }
}
