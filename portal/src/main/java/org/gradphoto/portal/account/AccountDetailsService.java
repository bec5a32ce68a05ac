package org.gradphoto.portal.account;

import java.time.Clock;
import org.gradphoto.engine.identity.IdNumber;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the account for a login: candidates type their ID number (in any width or case), staff their user name. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    public AccountDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The account a typed login name means: candidates' document numbers are stored normalised in upper case
     * (a passport number may look like a word), staff names in lower case; so try the one, then the other.
     */
    static java.util.Optional<Account> find(AccountRepository accounts, String typed) {
        String n = IdNumber.normalise(typed).replaceAll("\\s+", "");
        java.util.Optional<Account> a = accounts.findByUsername(n.toUpperCase(java.util.Locale.ROOT));
        return a.isPresent() ? a : accounts.findByUsername(n.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    @Transactional(readOnly = true)
    public PortalUser loadUserByUsername(String username) {
        return find(accounts, username).map(a -> PortalUser.of(a, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
