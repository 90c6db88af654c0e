package com.dangjian.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.dangjian.contracts.config.PortalSettings;
import com.dangjian.contracts.portal.Role;
import com.dangjian.portal.users.UsersCommand;

/** The portal under TLS from a keystore in the configuration (its password from the environment): HSTS, Secure cookies. */
class PortalTlsIT {

    @Test
    void underTlsTheSessionCookieIsSecureAndHstsIsSent(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("portal.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "portal", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "Keystore2024")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();
        TestSite.generate(dir.resolve("site"));
        Path config = dir.resolve("dangjian.yaml");
        Files.writeString(config, """
                site: site
                portal:
                  port: 0
                  users: users.yaml
                  tls:
                    keystore: portal.p12
                """);
        PortalSettings settings = PortalSettings.load(config, Map.of("DANGJIAN_PORTAL_KEYSTORE_PASSWORD", "Keystore2024"));
        new UsersCommand(settings, new PrintStream(PrintStream.nullOutputStream())).add("leader", Role.LEADERSHIP, null,
                TestPortal.PASSWORD.toCharArray());
        try (ConfigurableApplicationContext context = PortalApplication.start(settings)) {
            int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                trusted.load(in, "Keystore2024".toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trusted);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            HttpClient client = HttpClient.newBuilder().sslContext(ssl).followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> first = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/org/B1.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(first.statusCode()).isEqualTo(302);
            assertThat(first.headers().allValues("Set-Cookie")).anySatisfy(c ->
                    assertThat(c).startsWith("DANGJIAN_SESSION=").contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
            assertThat(first.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("name=\"_csrf\"");
        }
    }
}
