package com.dangjian.portal.security;

import java.util.Collection;
import java.util.List;

import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.LdapAuthoritiesPopulator;

import com.dangjian.contracts.config.PortalSettings;
import com.dangjian.contracts.portal.Role;
import com.dangjian.portal.access.Viewer;

/**
 * Logins against the department's directory (Spring Security's LDAP bind): the user's own password is checked by
 * binding as them; their role and organisation code are two attributes of their entry (by default inetOrgPerson's
 * employeeType and departmentNumber). An entry without a valid role gets no portal role, and so no login.
 */
public final class DirectoryLogin {

    private DirectoryLogin() {
    }

    public static LdapAuthenticationProvider provider(PortalSettings.Ldap ldap) {
        DefaultSpringSecurityContextSource source = new DefaultSpringSecurityContextSource(ldap.url());
        if (ldap.managerDn() != null) {
            source.setUserDn(ldap.managerDn());
            source.setPassword(ldap.managerPassword());
        }
        source.afterPropertiesSet();
        BindAuthenticator authenticator = new BindAuthenticator(source);
        if (ldap.userDnPattern() != null) {
            authenticator.setUserDnPatterns(new String[]{ldap.userDnPattern()});
        }
        if (ldap.userSearchBase() != null) {
            authenticator.setUserSearch(new FilterBasedLdapUserSearch(ldap.userSearchBase(), ldap.userSearchFilter(), source));
        }
        LdapAuthenticationProvider provider = new LdapAuthenticationProvider(authenticator, authorities(ldap));
        provider.setHideUserNotFoundExceptions(true);
        return provider;
    }

    /** ROLE_… and ORG_… from the entry's two attributes, as the users file gives them. */
    static LdapAuthoritiesPopulator authorities(PortalSettings.Ldap ldap) {
        return (DirContextOperations entry, String username) -> {
            String role = entry.getStringAttribute(ldap.roleAttribute());
            String org = entry.getStringAttribute(ldap.orgAttribute());
            try {
                return List.copyOf((Collection<? extends GrantedAuthority>) Viewer.authorities(Role.parse(role, "directory entry " + username), org));
            } catch (IllegalArgumentException e) {
                return List.<GrantedAuthority>of();
            }
        };
    }
}
