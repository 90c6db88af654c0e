package com.dangjian.portal.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import com.dangjian.contracts.config.PortalSettings;
import com.dangjian.portal.PortalApplication;
import com.dangjian.portal.web.AccessLog;
import com.dangjian.portal.web.Refusals;

/**
 * Spring Security for the portal: every path but the login form and its stylesheet needs a login; form login at
 * /login with CSRF protection (Spring's, on every POST); lockout after repeated failures; logout by POST; the
 * session cookie as Boot sets it (HttpOnly, SameSite, Secure under TLS); headers: a Content-Security-Policy that
 * allows only the site's own scripts (the pages carry none inline) and no framing.
 */
@Configuration
@EnableWebSecurity
public class PortalSecurity {

    /** Only the site's own files: no inline script, no other origin, no framing. ECharts' tooltips need inline styles. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(PortalSettings settings, FileUsers fileUsers, PasswordEncoder encoder,
                                                LoginAttempts attempts, AccessLog log) {
        List<AuthenticationProvider> providers = new ArrayList<>();
        if (settings.users().isPresent()) {
            DaoAuthenticationProvider file = new DaoAuthenticationProvider(fileUsers);
            file.setPasswordEncoder(encoder);
            providers.add(file);
        }
        settings.ldap().ifPresent(ldap -> providers.add(DirectoryLogin.provider(ldap)));
        return new LockingAuthenticationManager(new ProviderManager(providers), attempts, log, fileUsers);
    }

    @Bean
    SecurityFilterChain portalFilterChain(HttpSecurity http, AuthenticationManager manager, LoginAttempts attempts,
                                          Refusals refusals, AccessLog log) throws Exception {
        // After the login, back to the page asked for (a page, not the favicon or a script the browser fetched
        // meanwhile), at its own address (no "?continue" marker).
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setMatchingRequestParameterName(null);
        requestCache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && (request.getRequestURI().equals("/") || request.getRequestURI().endsWith(".html")));
        http.authenticationManager(manager)
                .requestCache(c -> c.requestCache(requestCache))
                .authorizeHttpRequests(a -> a.requestMatchers("/login", "/portal/login.css", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (attempts.lockedUntil(request.getParameter("username")) != null ? "/login?locked" : "/login?error"))))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies(PortalApplication.SESSION_COOKIE)
                        .addLogoutHandler((request, response, auth) -> {
                            if (auth != null) {
                                log.login("LOGOUT", auth.getName(), "-");
                            }
                        }))
                .sessionManagement(s -> s.invalidSessionUrl("/login?expired"))
                .exceptionHandling(e -> e.accessDeniedHandler(refusals::forbidden))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
