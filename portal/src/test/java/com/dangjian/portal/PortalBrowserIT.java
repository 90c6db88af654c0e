package com.dangjian.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal in Debian's Chromium, as its users meet it: a secretary logs in through the form and lands on their
 * 党总支, opens a branch below it with its members, another branch without, and is refused the member-level page of
 * a branch outside their tree; leadership sees all; a logged-out browser is sent to the login form; five wrong
 * passwords lock the account. Every site page must run its scripts under the portal's CSP (charts drawn, no error).
 * Screenshots are kept in target/portal-screenshots for people reviewing the pages.
 */
class PortalBrowserIT {

    static final Path SHOTS = Path.of("target/portal-screenshots");
    static TestPortal portal;

    @BeforeAll
    static void start() throws Exception {
        portal = TestPortal.get();
    }

    @Test
    void aSecretaryLandsOnTheirOrganisationAndSeesMembersOnlyWithinIt() throws Exception {
        try (Chromium browser = Chromium.start(portal.dir)) {
            browser.open(portal.url("/org/B1.html"));
            assertThat(browser.location()).isEqualTo("/login"); // logged out: the form first
            browser.screenshot(SHOTS.resolve("login.png"));
            browser.logIn("zongzhi", TestPortal.PASSWORD);
            assertThat(browser.location()).isEqualTo("/org/B1.html"); // back to what was asked for
            browser.open(portal.url("/"));
            assertThat(browser.location()).isEqualTo("/org/G1.html"); // the landing page is their own organisation
            assertSitePageWorks(browser, "G1");
            assertThat(browser.text()).contains("机关第一党总支").contains("zongzhi（书记 · G1）").contains("本页含党员明细");
            browser.screenshot(SHOTS.resolve("secretary-own.png"));

            // A sub-branch, reached by its link on the 党总支's page: its members are named.
            browser.navigateBy("document.querySelector('a[href=\"B1.html\"]').click()");
            assertThat(browser.location()).isEqualTo("/org/B1.html");
            assertSitePageWorks(browser, "B1");
            assertThat(browser.text()).contains(TestSite.B1_MEMBER);
            browser.screenshot(SHOTS.resolve("secretary-sub-branch.png"));

            // Another branch: scores and results, no member named.
            browser.open(portal.url("/org/B3.html"));
            assertSitePageWorks(browser, "B3");
            assertThat(Chromium.membersIn(browser.html())).isEmpty();
            assertThat(browser.text()).contains("离退休干部党支部").contains("本页不含党员明细");
            browser.screenshot(SHOTS.resolve("secretary-other-branch.png"));

            // Its member-level page: refused, with the reason.
            browser.navigateBy("document.querySelector('#detail-note a').click()");
            assertThat(browser.location()).isEqualTo("/org/B3.members.html");
            assertThat(browser.eval("document.getElementById('portal-message').dataset.status")).isEqualTo("403");
            assertThat(browser.text()).contains("无权查看党员明细").contains("不在您所负责的机关第一党总支（G1）及其下级组织之内");
            assertThat(Chromium.membersIn(browser.html())).isEmpty();
            browser.screenshot(SHOTS.resolve("secretary-refused.png"));

            // The department-wide pages work for them too.
            browser.open(portal.url("/rankings.html"));
            assertThat(browser.waitFor("document.querySelector('[data-rendered=true]')", 15_000)).isTrue();
            assertThat(browser.eval("document.documentElement.getAttribute('data-errors')")).isNull();

            // Logging out through the bar ends the session.
            browser.navigateBy("document.querySelector('#portal-bar button').click()");
            assertThat(browser.location()).isEqualTo("/login?logout");
            browser.open(portal.url("/org/G1.html"));
            assertThat(browser.location()).isEqualTo("/login");
        }
    }

    @Test
    void leadershipSeesEveryOrganisationsMembers() throws Exception {
        try (Chromium browser = Chromium.start(portal.dir)) {
            browser.open(portal.url("/"));
            assertThat(browser.location()).isEqualTo("/login");
            browser.logIn("leader", TestPortal.PASSWORD);
            assertThat(browser.location()).isEqualTo("/index.html");
            assertThat(browser.waitFor("document.querySelector('[data-rendered=true]')", 15_000)).isTrue();
            assertThat(browser.eval("document.documentElement.getAttribute('data-errors')")).isNull();
            browser.screenshot(SHOTS.resolve("leadership-overview.png"));
            browser.open(portal.url("/org/B3.html"));
            assertSitePageWorks(browser, "B3");
            assertThat(browser.text()).contains(TestSite.B3_MEMBER).contains("本页含党员明细");
            browser.open(portal.url("/org/B3.members.html"));
            assertThat(browser.text()).contains(TestSite.B3_MEMBER);
            browser.screenshot(SHOTS.resolve("leadership-members.png"));
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() throws Exception {
        try (Chromium browser = Chromium.start(portal.dir)) {
            browser.open(portal.url("/login"));
            for (int i = 1; i <= 5; i++) {
                browser.logIn("lockedout", "not-the-password-" + i);
            }
            assertThat(browser.location()).isEqualTo("/login?locked");
            browser.logIn("lockedout", TestPortal.PASSWORD);
            assertThat(browser.location()).isEqualTo("/login?locked");
            assertThat(browser.text()).contains("账户已锁定 10 分钟");
            browser.screenshot(SHOTS.resolve("locked.png"));
        }
    }

    /** The page loaded under the CSP: its scripts ran (the month selector, the charts drew) and nothing was refused. */
    private static void assertSitePageWorks(Chromium browser, String org) throws Exception {
        assertThat(browser.eval("document.querySelector('h2').textContent")).isNotBlank();
        assertThat(browser.waitFor("document.querySelector('#scorecard-section') && (!document.getElementById('peer-bars') "
                + "|| document.getElementById('peer-bars').dataset.rendered === 'true')", 15_000)).as(org + " peer bars drawn").isTrue();
        assertThat(browser.eval("document.documentElement.getAttribute('data-errors')")).as(org + " script errors").isNull();
    }
}
