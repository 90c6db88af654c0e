package com.dangjian.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.dangjian.contracts.portal.OrganisationTree;
import com.dangjian.contracts.portal.Role;
import com.dangjian.portal.access.SiteAccess;
import com.dangjian.portal.access.SitePath;
import com.dangjian.portal.access.Viewer;

/** Who may see what, decided on the path alone and the organisation tree: C1 over G1 (B1, B2) and B3. */
class SiteAccessTest {

    static final OrganisationTree TREE = new OrganisationTree(List.of(
            new OrganisationTree.Organisation("C1", "机关党委", "COMMITTEE", null),
            new OrganisationTree.Organisation("G1", "机关第一党总支", "GENERAL_BRANCH", "C1"),
            new OrganisationTree.Organisation("B1", "办公室党支部", "BRANCH", "G1"),
            new OrganisationTree.Organisation("B2", "财务处党支部", "BRANCH", "G1"),
            new OrganisationTree.Organisation("B3", "离退休干部党支部", "BRANCH", "C1")));

    static final Viewer G1_SECRETARY = new Viewer("zongzhi", Role.SECRETARY, "G1");
    static final Viewer LEADER = new Viewer("leader", Role.LEADERSHIP, "C1");

    @Test
    void pathsAreClassifiedByWhatTheyShowAndAnythingElseIsNoSitePath() {
        assertThat(SitePath.of("/index.html").kind()).isEqualTo(SitePath.Kind.DEPARTMENT);
        assertThat(SitePath.of("/assets/echarts.min.js").kind()).isEqualTo(SitePath.Kind.DEPARTMENT);
        assertThat(SitePath.of("/assets/pages/rankings.js").kind()).isEqualTo(SitePath.Kind.DEPARTMENT);
        assertThat(SitePath.of("/reports/night-2024-03-15.txt").kind()).isEqualTo(SitePath.Kind.DEPARTMENT);
        assertThat(SitePath.of("/exports/alarms.xlsx").kind()).isEqualTo(SitePath.Kind.DEPARTMENT);
        assertThat(SitePath.of("/org/B1.js").kind()).isEqualTo(SitePath.Kind.DEPARTMENT); // charts name no member
        assertThat(SitePath.of("/org/D01-B001.html")).isEqualTo(new SitePath("org/D01-B001.html", SitePath.Kind.ORGANISATION, "D01-B001"));
        assertThat(SitePath.of("/org/B1.members.html")).isEqualTo(new SitePath("org/B1.members.html", SitePath.Kind.MEMBERS, "B1"));
        assertThat(SitePath.of("/exports/org/B1.xlsx")).isEqualTo(new SitePath("exports/org/B1.xlsx", SitePath.Kind.MEMBERS, "B1"));
        for (String bad : List.of("/", "/../etc/passwd", "/org/../dangjian.yaml", "/org/./B1.html", "/.users.yaml", "/org/.B1.html",
                "/org//B1.html", "/org/B1.html/", "/org/B1.members.html.bak", "/dangjian.yaml", "/portal-users.yaml",
                "/logs/portal-access.log", "/org\\B1.html", "/org/B1.html\u0000", "/assets/", "/exports/org/", "/x/y/z.html",
                "/org/B1.members.xlsx", "/reports/../org/B1.members.html")) {
            assertThat(SitePath.of(bad)).as(bad).isNull();
        }
    }

    @Test
    void aSecretaryOpensMemberDetailOfTheirOrganisationAndBelowOnly() {
        assertThat(SiteAccess.mayOpenMembers(G1_SECRETARY, "G1", TREE)).isTrue();
        assertThat(SiteAccess.mayOpenMembers(G1_SECRETARY, "B1", TREE)).isTrue();
        assertThat(SiteAccess.mayOpenMembers(G1_SECRETARY, "B3", TREE)).isFalse();
        assertThat(SiteAccess.mayOpenMembers(G1_SECRETARY, "C1", TREE)).isFalse(); // not upwards
        assertThat(SiteAccess.mayOpenMembers(G1_SECRETARY, "NEW", TREE)).isFalse(); // unknown to the latest night
        assertThat(SiteAccess.mayOpenMembers(LEADER, "B3", TREE)).isTrue();
        assertThat(SiteAccess.mayOpenMembers(new Viewer("x", Role.SECRETARY, null), "B1", TREE)).isFalse();

        // An organisation's page is the member-level one when they may, the one without otherwise; never refused.
        assertThat(SiteAccess.decide(G1_SECRETARY, SitePath.of("/org/B1.html"), TREE, true))
                .isEqualTo(new SiteAccess.Decision(true, "org/B1.members.html", true, null));
        assertThat(SiteAccess.decide(G1_SECRETARY, SitePath.of("/org/B3.html"), TREE, true))
                .isEqualTo(new SiteAccess.Decision(true, "org/B3.html", false, null));
        assertThat(SiteAccess.decide(G1_SECRETARY, SitePath.of("/org/B1.html"), TREE, false).file()).isEqualTo("org/B1.html");
        SiteAccess.Decision refused = SiteAccess.decide(G1_SECRETARY, SitePath.of("/exports/org/B3.xlsx"), TREE, false);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.reason()).contains("离退休干部党支部（B3）不在您所负责的机关第一党总支（G1）及其下级组织之内");
        assertThat(SiteAccess.decide(LEADER, SitePath.of("/exports/org/B3.xlsx"), TREE, false).allowed()).isTrue();
    }

    @Test
    void aCycleInTheTreeEndsTheWalk() {
        OrganisationTree cycle = new OrganisationTree(List.of(new OrganisationTree.Organisation("A", "a", "BRANCH", "B"),
                new OrganisationTree.Organisation("B", "b", "BRANCH", "A")));
        assertThat(cycle.isWithin("A", "C")).isFalse();
        assertThat(cycle.isWithin("A", "B")).isTrue();
    }
}
