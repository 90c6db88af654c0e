package com.dangjian.portal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.ldap.LdapAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import com.dangjian.contracts.config.PortalSettings;
import com.dangjian.contracts.portal.UsersFile;
import com.dangjian.portal.access.SiteFolder;
import com.dangjian.portal.security.FileUsers;
import com.dangjian.portal.security.LoginAttempts;
import com.dangjian.portal.web.AccessLog;

/**
 * The portal as a Spring Boot application, configured from the portal's part of the configuration file (never
 * from an application.yaml): Boot's embedded Tomcat with the address, port, TLS and session cookie set here, the
 * security in {@link com.dangjian.portal.security.PortalSecurity}, the site in {@link com.dangjian.portal.web.SiteController}.
 */
@SpringBootApplication(exclude = {UserDetailsServiceAutoConfiguration.class, LdapAutoConfiguration.class})
public class PortalApplication {

    /** The session cookie's name (not Tomcat's JSESSIONID, so it says whose it is). */
    public static final String SESSION_COOKIE = "DANGJIAN_SESSION";

    public static ConfigurableApplicationContext start(PortalSettings settings) {
        return new SpringApplicationBuilder(PortalApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .properties(serverProperties(settings))
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("portalSettings", settings))
                .run();
    }

    /** Boot's server, session and error settings, from the portal's settings. */
    static Map<String, Object> serverProperties(PortalSettings s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("server.address", s.address());
        p.put("server.port", s.port());
        p.put("server.servlet.session.timeout", s.sessionTimeout().toSeconds() + "s");
        p.put("server.servlet.session.cookie.name", SESSION_COOKIE);
        p.put("server.servlet.session.cookie.http-only", true);
        p.put("server.servlet.session.cookie.same-site", "lax");
        p.put("server.servlet.session.cookie.secure", s.tls().isPresent());
        p.put("server.servlet.session.tracking-modes", "cookie");
        p.put("server.error.whitelabel.enabled", false);
        p.put("server.error.include-stacktrace", "never");
        p.put("spring.web.resources.add-mappings", false);
        p.put("spring.main.cloud-platform", "none");
        p.put("spring.main.log-startup-info", false); // the command prints one line of its own
        p.put("logging.level.root", "WARN");
        p.put("logging.level.com.dangjian", "INFO");
        s.tls().ifPresent(t -> {
            p.put("server.ssl.enabled", true);
            p.put("server.ssl.key-store", "file:" + t.keystore().toAbsolutePath());
            p.put("server.ssl.key-store-password", t.password());
            p.put("server.ssl.key-store-type", t.type());
        });
        return p;
    }

    @Bean
    SiteFolder siteFolder(PortalSettings settings) {
        return new SiteFolder(settings.site());
    }

    @Bean
    AccessLog accessLog(PortalSettings settings) {
        return new AccessLog(settings.accessLog(), Clock.systemUTC());
    }

    @Bean
    LoginAttempts loginAttempts(PortalSettings settings) {
        return new LoginAttempts(settings.lockoutAttempts(), settings.lockoutTime(), Clock.systemUTC());
    }

    /** The users file's accounts (none when the portal logs in against a directory only). */
    @Bean
    FileUsers fileUsers(PortalSettings settings) {
        return new FileUsers(new UsersFile(settings.users().orElse(settings.site().resolve(".no-users-file"))));
    }
}
