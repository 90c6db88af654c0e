package com.dangjian.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The scale factor gives the expected order of magnitude. */
class GeneratorScaleTest {

    @Test
    void sf001IsAboutFiftyMembersWithEveryKindOfOrganisation() {
        Department d = Department.build(new Scale(0.01), 7, new History(GeneratorFixtures.AS_OF, 36));
        Map<String, Long> byType = d.orgs().stream().collect(Collectors.groupingBy(Org::type, Collectors.counting()));
        assertThat(byType.get(Org.COMMITTEE)).isGreaterThanOrEqualTo(2);
        assertThat(byType.get(Org.GENERAL_BRANCH)).isGreaterThanOrEqualTo(2);
        assertThat(byType.get(Org.BRANCH)).isGreaterThanOrEqualTo(2);
        assertThat(d.members().size()).isBetween(40, 80);
        assertThat(d.orgs().stream().map(Org::category).distinct()).containsExactlyInAnyOrder("ORGAN", "INSTITUTION", "RETIREE");
    }

    @Test
    void sf1IsOneDepartmentOfAboutTwoHundredOrganisationsAndFiveThousandMembers() {
        Department d = Department.build(new Scale(1), 7, new History(GeneratorFixtures.AS_OF, 36));
        assertThat(d.orgs().size()).isBetween(170, 260);
        assertThat(d.members().size()).isBetween(4500, 6000);
        assertThat(d.orgs()).allMatch(o -> o.region().equals("PROVINCE"));
        assertThat(d.orgs().stream().filter(o -> o.parentCode == null)).hasSize(1);
        assertThat(d.orgs().stream().filter(o -> o.type().equals(Org.BRANCH)).map(Org::profile).distinct()).contains(Profile.values());
    }

    @Test
    void sf10IsTheDepartmentAndFourteenPrefectures() {
        List<Scale.Organ> organs = new Scale(10).organs();
        assertThat(organs).hasSize(15);
        assertThat(organs.get(0).region()).isEqualTo("PROVINCE");
        assertThat(organs.subList(1, 15)).extracting(Scale.Organ::region).doesNotHaveDuplicates().doesNotContain("PROVINCE");
        assertThat(organs.stream().mapToInt(Scale.Organ::members).sum()).isEqualTo(50_000);
        assertThatThrownBy(() -> new Scale(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
