package org.gradphoto.portal.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in person as Spring Security holds it: the account's id, role and name, nothing personal beyond. */
public record PortalUser(Long accountId, String username, String passwordHash, Role role, String name, boolean locked,
        boolean temporaryPassword)
        implements UserDetails {

    static PortalUser of(Account a, Instant now) {
        return new PortalUser(a.getId(), a.getUsername(), a.getPasswordHash(), a.getRole(), a.getName(), a.isLocked(now),
                a.mustChangePassword());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public String toString() {
        // never the password hash, never a full ID number
        return "PortalUser[" + accountId + ", " + role + "]";
    }
}
