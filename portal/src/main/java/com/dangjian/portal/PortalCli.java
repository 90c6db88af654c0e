package com.dangjian.portal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import com.dangjian.contracts.config.PortalSettings;
import com.dangjian.contracts.portal.Role;
import com.dangjian.portal.users.UsersCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./dangjian serve} and {@code ./dangjian users}: the portal's part of the command line. */
@Command(name = "dangjian", subcommands = {PortalCli.Serve.class, PortalCli.Users.class}, mixinStandardHelpOptions = true,
        description = "党建数据分析 portal: serve the night's site to logged-in users; manage their accounts.")
public final class PortalCli {

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new PortalCli());
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("error: " + (e.getMessage() == null ? e : e.getMessage()));
            return 1;
        });
        int code = cli.execute(args);
        if (code != 0 || args.length == 0 || !args[0].equals("serve")) {
            System.exit(code);
        }
    }

    static PortalSettings settings(Path config) {
        return PortalSettings.load(config, System.getenv());
    }

    @Command(name = "serve", description = "Serve the site folder of the configuration to logged-in users (Ctrl-C stops).")
    static final class Serve implements Callable<Integer> {
        @Option(names = "--config", required = true, description = "the configuration file (its portal: block)")
        Path config;

        @Option(names = "--port", description = "listen on this port instead of portal.port")
        Integer port;

        @Override
        public Integer call() {
            PortalSettings s = settings(config);
            if (port != null) {
                s = s.onPort(port);
            }
            ConfigurableApplicationContext context = PortalApplication.start(s);
            System.out.println("portal: serving " + s.site() + " at " + (s.tls().isPresent() ? "https" : "http") + "://" + s.address()
                    + ":" + s.port() + "/ — users " + s.users().map(Path::toString).orElse("(none)")
                    + s.ldap().map(l -> ", directory " + l.url()).orElse("") + ", access log " + s.accessLog());
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
            return 0;
        }
    }

    @Command(name = "users", description = "The portal's accounts in the users file named by portal.users.",
            subcommands = {Users.Add.class, Users.Disable.class, Users.ListUsers.class})
    static final class Users {

        @Command(name = "add", description = "Add an account (or give an existing one a new password, role or organisation).")
        static final class Add implements Callable<Integer> {
            @Parameters(index = "0", description = "the username") String username;
            @Option(names = "--role", required = true, description = "LEADERSHIP or SECRETARY") String role;
            @Option(names = "--org", description = "the organisation code (required for a SECRETARY)") String org;
            @Option(names = "--config", required = true) Path config;
            @Option(names = "--password-stdin", description = "read the password from standard input instead of a prompt")
            boolean passwordStdin;

            @Override
            public Integer call() throws Exception {
                UsersCommand users = new UsersCommand(settings(config), System.out);
                Role r = Role.parse(role, "--role");
                char[] password = passwordStdin
                        ? UsersCommand.passwordFromStdin(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)))
                        : UsersCommand.passwordFromPrompt(username);
                users.add(username, r, org, password);
                return 0;
            }
        }

        @Command(name = "disable", description = "Disable an account: refused from now on, its sessions end.")
        static final class Disable implements Callable<Integer> {
            @Parameters(index = "0") String username;
            @Option(names = "--config", required = true) Path config;

            @Override
            public Integer call() {
                new UsersCommand(settings(config), System.out).disable(username);
                return 0;
            }
        }

        @Command(name = "list", description = "List the accounts: name, role, organisation, enabled or disabled.")
        static final class ListUsers implements Callable<Integer> {
            @Option(names = "--config", required = true) Path config;

            @Override
            public Integer call() {
                new UsersCommand(settings(config), System.out).list();
                return 0;
            }
        }
    }
}
