package org.gradphoto.portal.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Tells the {@link LoginThrottle} of every wrong password (a form login, an API key over HTTP Basic, a name no
 * account has) and of every success, with the address it came from.
 */
@Component
public class LoginAttempts {

    private final LoginThrottle throttle;

    public LoginAttempts(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    public void failed(AuthenticationFailureBadCredentialsEvent e) {
        Authentication a = e.getAuthentication();
        if (a.getPrincipal() instanceof String name) {
            throttle.failed(name, address(a));
        }
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent e) {
        Authentication a = e.getAuthentication();
        if (a.getPrincipal() instanceof PortalUser u) {
            throttle.succeeded(u.username(), address(a));
        }
    }

    private static String address(Authentication a) {
        return a.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "";
    }
}
