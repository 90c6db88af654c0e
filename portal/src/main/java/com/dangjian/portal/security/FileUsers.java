package com.dangjian.portal.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import com.dangjian.contracts.portal.PortalUser;
import com.dangjian.contracts.portal.UsersFile;
import com.dangjian.portal.access.Viewer;

/**
 * The users file as Spring Security's user store, read again whenever {@code ./dangjian users} has changed it: a
 * new account can log in and a disabled one is refused — also in the sessions it already has — without a restart.
 */
public final class FileUsers implements UserDetailsService, LockingAuthenticationManager.KnownNames {

    private record Loaded(FileTime modified, Map<String, PortalUser> byName) {
    }

    private final UsersFile file;
    private volatile Loaded loaded = new Loaded(null, Map.of());

    public FileUsers(UsersFile file) {
        this.file = file;
        current(); // a broken file stops the portal at start, with the reason
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        PortalUser u = current().get(username);
        if (u == null) {
            throw new UsernameNotFoundException("no account " + username);
        }
        return User.withUsername(u.username()).password(u.passwordHash()).disabled(u.disabled())
                .authorities(Viewer.authorities(u.role(), u.org())).build();
    }

    @Override
    public boolean isKnown(String username) {
        return current().containsKey(username);
    }

    /** False when the file no longer holds the account enabled (a session of a disabled account ends). */
    public boolean stillEnabled(String username) {
        PortalUser u = current().get(username);
        return u != null && !u.disabled();
    }

    public int size() {
        return current().size();
    }

    private Map<String, PortalUser> current() {
        try {
            FileTime modified = Files.exists(file.path()) ? Files.getLastModifiedTime(file.path()) : null;
            Loaded l = loaded;
            if (modified == null) {
                return Map.of();
            }
            if (!modified.equals(l.modified())) {
                List<PortalUser> users = file.read();
                l = new Loaded(modified, users.stream().collect(Collectors.toMap(PortalUser::username, u -> u, (a, b) -> b)));
                loaded = l;
            }
            return l.byName();
        } catch (IOException e) {
            return loaded.byName();
        }
    }
}
