package com.dangjian.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Hashtable;

import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.directory.BasicAttribute;
import javax.naming.directory.BasicAttributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import com.dangjian.contracts.config.PortalSettings;
import com.dangjian.portal.access.Viewer;
import com.dangjian.portal.security.DirectoryLogin;

/**
 * Logins against the real directory scripts/servers.sh starts (Debian's slapd): a secretary and a leader whose role
 * and organisation are their entries' employeeType and departmentNumber; an entry without a role cannot log in.
 */
class PortalLdapIT {

    static final String ADMIN = "cn=admin," + TestPortal.LDAP_SUFFIX;
    static final String ADMIN_PASSWORD = System.getenv().getOrDefault("DJ_LDAP_ADMIN_PASSWORD", "dangjian-test-admin");
    static final String LDAP_PASSWORD = "Directory2024";
    static TestPortal portal;

    @BeforeAll
    static void people() throws Exception {
        portal = TestPortal.get();
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, TestPortal.LDAP_URL);
        env.put(Context.SECURITY_PRINCIPAL, ADMIN);
        env.put(Context.SECURITY_CREDENTIALS, ADMIN_PASSWORD);
        DirContext ctx = new InitialDirContext(env);
        try {
            person(ctx, "wang.zongzhi", "SECRETARY", "G1");
            person(ctx, "zhao.lingdao", "LEADERSHIP", "C1");
            person(ctx, "no.role", null, "B1");
        } finally {
            ctx.close();
        }
    }

    private static void person(DirContext ctx, String uid, String role, String org) throws Exception {
        String dn = "uid=" + uid + ",ou=people," + TestPortal.LDAP_SUFFIX;
        try {
            ctx.destroySubcontext(dn);
        } catch (NameNotFoundException e) {
            // first run against this directory
        }
        BasicAttributes a = new BasicAttributes(true);
        BasicAttribute classes = new BasicAttribute("objectClass");
        classes.add("inetOrgPerson");
        a.put(classes);
        a.put("uid", uid);
        a.put("cn", uid);
        a.put("sn", uid);
        a.put("userPassword", LDAP_PASSWORD);
        a.put("departmentNumber", org);
        if (role != null) {
            a.put("employeeType", role);
        }
        ctx.createSubcontext(dn, a).close();
    }

    @Test
    void aDirectorySecretaryLogsInWithTheRoleAndOrganisationOfTheirEntry() throws Exception {
        WebSession web = new WebSession(portal);
        assertThat(WebSession.location(web.login("wang.zongzhi", LDAP_PASSWORD))).isEqualTo("/");
        assertThat(WebSession.location(web.get("/"))).isEqualTo("/org/G1.html");
        assertThat(web.get("/org/B1.html").body()).contains(TestSite.B1_MEMBER).contains("wang.zongzhi（书记 · G1）");
        assertThat(web.get("/org/B3.members.html").statusCode()).isEqualTo(403);
        assertThat(portal.accessLog()).contains("LOGIN_OK user=wang.zongzhi detail=SECRETARY_G1");
    }

    @Test
    void aDirectoryLeaderSeesEveryOrganisationsMembers() throws Exception {
        WebSession web = new WebSession(portal);
        web.login("zhao.lingdao", LDAP_PASSWORD);
        assertThat(WebSession.location(web.get("/"))).isEqualTo("/index.html");
        assertThat(web.get("/org/B3.members.html").body()).contains(TestSite.B3_MEMBER);
    }

    @Test
    void aWrongDirectoryPasswordOrAnEntryWithoutARoleCannotLogIn() throws Exception {
        assertThat(WebSession.location(new WebSession(portal).login("wang.zongzhi", "not-it-2024"))).isEqualTo("/login?error");
        assertThat(WebSession.location(new WebSession(portal).login("no.role", LDAP_PASSWORD))).isEqualTo("/login?error");
        assertThat(portal.accessLog()).contains("LOGIN_NO_ROLE user=no.role");
    }

    @Test
    void aDirectoryFoundBySearchRatherThanADnPatternGivesTheSameLogin() {
        PortalSettings.Ldap search = new PortalSettings.Ldap(TestPortal.LDAP_URL, null, "ou=people," + TestPortal.LDAP_SUFFIX,
                "(uid={0})", ADMIN, ADMIN_PASSWORD, "employeeType", "departmentNumber");
        var provider = DirectoryLogin.provider(search);
        Authentication auth = provider.authenticate(new UsernamePasswordAuthenticationToken("wang.zongzhi", LDAP_PASSWORD));
        assertThat(Viewer.of(auth.getName(), auth.getAuthorities())).isEqualTo(new Viewer("wang.zongzhi",
                com.dangjian.contracts.portal.Role.SECRETARY, "G1"));
        assertThatThrownBy(() -> provider.authenticate(new UsernamePasswordAuthenticationToken("wang.zongzhi", "wrong-2024")))
                .isInstanceOf(BadCredentialsException.class);
    }
}
