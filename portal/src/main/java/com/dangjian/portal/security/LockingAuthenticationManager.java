package com.dangjian.portal.security;

import java.time.Instant;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import com.dangjian.portal.access.Viewer;
import com.dangjian.portal.web.AccessLog;

/**
 * Spring Security's authentication (users file and/or directory) behind the lockout: a locked name is refused
 * before any password is checked, every failure is counted, and an account that authenticates without a portal
 * role (a directory entry lacking the role attribute) is refused as if disabled. Each outcome goes to the access log.
 */
public final class LockingAuthenticationManager implements AuthenticationManager {

    private final AuthenticationManager delegate;
    private final LoginAttempts attempts;
    private final AccessLog log;
    private final KnownNames known;

    /** Whether a name is an account, so a failed login logs only names that are (a password typed as a name is not logged). */
    public interface KnownNames {
        boolean isKnown(String username);
    }

    public LockingAuthenticationManager(AuthenticationManager delegate, LoginAttempts attempts, AccessLog log, KnownNames known) {
        this.delegate = delegate;
        this.attempts = attempts;
        this.log = log;
        this.known = known;
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String name = request.getName();
        Instant locked = attempts.lockedUntil(name);
        if (locked != null) {
            log.login("LOGIN_LOCKED", loggable(name), "locked until " + locked);
            throw new LockedException("locked until " + locked);
        }
        Authentication result;
        try {
            result = delegate.authenticate(request);
        } catch (AuthenticationException e) {
            boolean nowLocked = attempts.failed(name);
            log.login(nowLocked ? "LOGIN_FAILED_LOCKED" : "LOGIN_FAILED", loggable(name), e.getClass().getSimpleName());
            throw e;
        }
        Viewer viewer = Viewer.of(result.getName(), result.getAuthorities());
        if (viewer == null) {
            log.login("LOGIN_NO_ROLE", result.getName(), "no portal role");
            throw new DisabledException("account " + result.getName() + " has no portal role");
        }
        attempts.succeeded(name);
        log.login("LOGIN_OK", viewer.username(), viewer.role() + (viewer.org() == null ? "" : " " + viewer.org()));
        return result;
    }

    private String loggable(String name) {
        return name != null && known.isKnown(name) ? name : "(withheld: no such account in the users file)";
    }
}
