package org.gradphoto.portal.account;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account after repeated wrong passwords (5 in a row by default, for 15 minutes), so that a password
 * cannot be guessed by trying; a successful login clears the count.
 */
@Component
public class LoginAttempts {

    private final AccountRepository accounts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;

    public LoginAttempts(AccountRepository accounts, Clock clock,
            @Value("${gradphoto.login.max-failures:5}") int maxFailures,
            @Value("${gradphoto.login.lock-minutes:15}") long lockMinutes) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent e) {
        Object name = e.getAuthentication().getPrincipal();
        if (name instanceof String s) {
            AccountDetailsService.find(accounts, s)
                    .ifPresent(a -> a.loginFailed(clock.instant(), maxFailures, lock));
        }
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent e) {
        if (e.getAuthentication().getPrincipal() instanceof PortalUser u) {
            accounts.findById(u.accountId()).ifPresent(Account::loginSucceeded);
        }
    }
}
