package com.dangjian.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.dangjian.portal.security.PortalSecurity;
import com.dangjian.portal.users.UsersCommand;

/** The running portal over HTTP: who sees what, and the refusals a government intranet expects. */
class PortalHttpIT {

    static TestPortal portal;

    @BeforeAll
    static void start() throws Exception {
        portal = TestPortal.get();
    }

    @Test
    void loggedOutRequestsGoToTheLoginFormWhichCarriesACsrfTokenAndTheSecurityHeaders() throws Exception {
        WebSession web = new WebSession(portal);
        String cookie = web.get("/org/B2.html").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("DANGJIAN_SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"); // Secure under TLS only
        for (String path : List.of("/", "/index.html", "/org/B1.html", "/org/B1.members.html", "/exports/org/B1.xlsx", "/assets/site.css")) {
            HttpResponse<String> r = web.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(WebSession.location(r)).as(path).isEqualTo("/login");
        }
        HttpResponse<String> login = web.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("name=\"username\"").contains("name=\"password\"").contains("name=\"_csrf\"")
                .contains("连续 5 次输入错误，账户将锁定 10 分钟");
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(PortalSecurity.CONTENT_SECURITY_POLICY);
        assertThat(PortalSecurity.CONTENT_SECURITY_POLICY).contains("script-src 'self';").contains("frame-ancestors 'none'");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void aLoginWithoutItsCsrfTokenIsRefused() throws Exception {
        WebSession web = new WebSession(portal);
        web.get("/login");
        HttpResponse<String> r = web.post("/login", Map.of("username", "leader", "password", TestPortal.PASSWORD));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("安全令牌（CSRF）");
        assertThat(web.get("/index.html").statusCode()).isEqualTo(302); // still logged out
        HttpResponse<String> forged = web.post("/login", Map.of("username", "leader", "password", TestPortal.PASSWORD, "_csrf", "forged"));
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void aSecretarySeesMemberDetailOfTheirTreeOnlyAndEveryRefusalIsLogged() throws Exception {
        WebSession web = new WebSession(portal);
        HttpResponse<String> login = web.login("zongzhi", TestPortal.PASSWORD);
        assertThat(WebSession.location(login)).isEqualTo("/");
        assertThat(WebSession.location(web.get("/"))).isEqualTo("/org/G1.html"); // their own organisation

        String own = web.get("/org/G1.html").body();
        assertThat(own).contains("data-detail=\"MEMBERS\"").contains("id=\"portal-user\">zongzhi（书记 · G1）");
        HttpResponse<String> b1 = web.get("/org/B1.html");
        assertThat(b1.body()).contains(TestSite.B1_MEMBER).contains("P0102").contains("data-detail=\"MEMBERS\"");
        assertThat(b1.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(web.get("/org/B2.members.html").body()).contains(TestSite.B2_MEMBER);

        HttpResponse<String> b3 = web.get("/org/B3.html");
        assertThat(b3.statusCode()).isEqualTo(200);
        assertThat(b3.body()).contains("data-detail=\"SUMMARY\"").contains("离退休干部党支部").contains("71.0");
        TestSite.MEMBERS.forEach(m -> assertThat(b3.body()).doesNotContain(m));

        HttpResponse<String> refused = web.get("/org/B3.members.html");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("离退休干部党支部（B3）不在您所负责的机关第一党总支（G1）及其下级组织之内")
                .contains("href=\"/org/B3.html\"");
        assertThat(web.get("/exports/org/B3.xlsx").statusCode()).isEqualTo(403);
        HttpResponse<byte[]> ownExport = web.bytes("/exports/org/B1.xlsx");
        assertThat(ownExport.statusCode()).isEqualTo(200);
        assertThat(new String(ownExport.body(), 0, 2)).isEqualTo("PK");
        assertThat(ownExport.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"B1.xlsx\"");

        // The department-wide pages and exports name no member.
        for (String page : List.of("/index.html", "/rankings.html", "/compliance.html", "/trends.html", "/alarms.html", "/data.html")) {
            HttpResponse<String> r = web.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            TestSite.MEMBERS.forEach(m -> assertThat(r.body()).as(page).doesNotContain(m));
        }
        assertThat(web.bytes("/exports/alarms.xlsx").statusCode()).isEqualTo(200);

        String log = portal.accessLog();
        assertThat(log).containsPattern("MEMBER_DETAIL outcome=DENIED user=zongzhi role=SECRETARY userOrg=G1 org=B3 path=/org/B3.members.html from=127.0.0.1")
                .containsPattern("MEMBER_DETAIL outcome=DENIED user=zongzhi .* org=B3 path=/exports/org/B3.xlsx")
                .containsPattern("MEMBER_DETAIL outcome=ALLOWED user=zongzhi .* org=B1 path=/org/B1.html")
                .containsPattern("LOGIN_OK user=zongzhi detail=SECRETARY_G1")
                .doesNotContain(TestPortal.PASSWORD);
        TestSite.MEMBERS.forEach(m -> assertThat(log).doesNotContain(m));
    }

    @Test
    void leadershipSeesEveryOrganisationsMembers() throws Exception {
        WebSession web = new WebSession(portal);
        web.login("leader", TestPortal.PASSWORD);
        assertThat(WebSession.location(web.get("/"))).isEqualTo("/index.html");
        assertThat(web.get("/org/B3.html").body()).contains(TestSite.B3_MEMBER).contains("data-detail=\"MEMBERS\"");
        assertThat(web.get("/org/B3.members.html").statusCode()).isEqualTo(200);
        assertThat(web.bytes("/exports/org/B3.xlsx").statusCode()).isEqualTo(200);
    }

    @Test
    void traversalEncodedOrNotListingsAndHiddenFilesAreRefused() throws Exception {
        WebSession web = new WebSession(portal);
        web.login("leader", TestPortal.PASSWORD);
        java.nio.file.Files.writeString(portal.site.resolve(".secret.html"), "hidden file");
        List<String> attempts = List.of("/../dangjian.yaml", "/org/../../dangjian.yaml", "/%2e%2e/dangjian.yaml",
                "/org/%2e%2e/%2e%2e/dangjian.yaml", "/org%2f..%2f..%2fdangjian.yaml", "/..%2fdangjian.yaml", "/%252e%252e/dangjian.yaml",
                "/org/..;/..;/dangjian.yaml", "/org/B1.html%00", "/org/B1.html;.xlsx", "/..\\dangjian.yaml", "/%5c..%5cdangjian.yaml",
                "/assets/", "/org/", "/exports/org/", "/.secret.html", "/portal-users.yaml", "/logs/portal-access.log",
                "//etc/passwd", "/org/B1.members.html/..", "/org/./B3.members.html");
        for (String path : attempts) {
            String response = web.raw(path);
            String status = response.substring(0, response.indexOf("\r\n"));
            assertThat(status).as(path).matches("HTTP/1.1 (400|404) .*|HTTP/1.1 (400|404)");
            assertThat(response).as(path).doesNotContain("portal:").doesNotContain("hidden file").doesNotContain("{bcrypt}")
                    .doesNotContain("root:x:").doesNotContain("P0301");
        }
        assertThat(web.raw("/org/B3.members.html")).startsWith("HTTP/1.1 200"); // the same session may open it directly
    }

    @Test
    void logoutNeedsItsCsrfTokenAndEndsTheSession() throws Exception {
        WebSession web = new WebSession(portal);
        web.login("lituixiu", TestPortal.PASSWORD);
        String page = web.get("/org/B3.html").body();
        assertThat(page).contains(TestSite.B3_MEMBER); // their own branch
        assertThat(web.post("/logout", Map.of()).statusCode()).isEqualTo(403);
        HttpResponse<String> out = web.post("/logout", Map.of("_csrf", WebSession.csrf(page)));
        assertThat(WebSession.location(out)).isEqualTo("/login?logout");
        assertThat(web.get("/org/B3.html").statusCode()).isEqualTo(302);
    }

    @Test
    void fiveFailedLoginsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        WebSession web = new WebSession(portal);
        for (int i = 1; i <= 4; i++) {
            assertThat(WebSession.location(web.login("locky", "wrong-password-" + i))).isEqualTo("/login?error");
        }
        assertThat(WebSession.location(web.login("locky", "wrong-password-5"))).isEqualTo("/login?locked");
        assertThat(WebSession.location(web.login("locky", TestPortal.PASSWORD))).isEqualTo("/login?locked");
        assertThat(web.get("/login?locked").body()).contains("账户已锁定 10 分钟");
        assertThat(web.get("/index.html").statusCode()).isEqualTo(302);
        assertThat(portal.accessLog()).contains("LOGIN_FAILED_LOCKED user=locky").contains("LOGIN_LOCKED user=locky")
                .doesNotContain("wrong-password");
        // A password typed into the name field is not logged.
        web.login("Dangjian-typed-as-name-2024", "x");
        assertThat(portal.accessLog()).doesNotContain("Dangjian-typed-as-name-2024");
    }

    @Test
    void aDisabledAccountIsRefusedAndItsOpenSessionEnds() throws Exception {
        WebSession web = new WebSession(portal);
        web.login("leaving", TestPortal.PASSWORD);
        assertThat(web.get("/org/B2.html").statusCode()).isEqualTo(200);
        new UsersCommand(portal.settings, new PrintStream(PrintStream.nullOutputStream())).disable("leaving");
        touchLater(portal.settings.users().orElseThrow());
        HttpResponse<String> next = web.get("/org/B2.html");
        assertThat(WebSession.location(next)).isEqualTo("/login?disabled");
        assertThat(WebSession.location(new WebSession(portal).login("leaving", TestPortal.PASSWORD))).isEqualTo("/login?error");
    }

    @Test
    void aNewNightsSiteAndTreeAreServedWithoutARestart() throws Exception {
        WebSession web = new WebSession(portal);
        web.login("zongzhi", TestPortal.PASSWORD);
        assertThat(web.get("/org/B3.members.html").statusCode()).isEqualTo(403);
        var gold = TestSite.snapshot();
        var moved = new java.util.ArrayList<>(gold.organisations());
        moved.replaceAll(o -> o.code().equals("B3") ? new com.dangjian.dashboards.GoldSnapshot.Organisation("B3", "离退休干部党支部",
                "BRANCH", "G1", "RETIREE") : o);
        try {
            // The next night: B3 now belongs to G1.
            new com.dangjian.dashboards.SiteGenerator(com.dangjian.dashboards.Messages.chinese()).generate(
                    new com.dangjian.dashboards.GoldSnapshot(moved, gold.scorecards(), gold.ruleResults(), gold.evidence(), gold.alarms(),
                            gold.trends(), gold.progress(), gold.asOf(), gold.source(), gold.runId(), gold.computedAt()),
                    portal.site, com.dangjian.contracts.rules.RuleCatalogue.defaults(), com.dangjian.dashboards.NightStatus.none());
            touchLater(portal.site.resolve(com.dangjian.contracts.portal.OrganisationTree.FILE));
            assertThat(web.get("/org/B3.members.html").statusCode()).isEqualTo(200);
            assertThat(web.get("/org/B3.html").body()).contains(TestSite.B3_MEMBER);
        } finally {
            TestSite.generate(portal.site);
            touchLater(portal.site.resolve(com.dangjian.contracts.portal.OrganisationTree.FILE));
        }
        assertThat(web.get("/org/B3.members.html").statusCode()).isEqualTo(403);
    }

    /** File times can be coarse: make sure the portal sees the users file as changed. */
    static void touchLater(java.nio.file.Path file) throws java.io.IOException {
        java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 2000));
    }
}
