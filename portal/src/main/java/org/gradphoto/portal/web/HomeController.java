package org.gradphoto.portal.web;

import org.gradphoto.portal.account.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door sends each person to their own page. */
@Controller
class HomeController {

    @GetMapping("/")
    public String home(@AuthenticationPrincipal PortalUser user) {
        if (user == null) {
            return "redirect:/login";
        }
        return switch (user.role()) {
            case CANDIDATE -> "redirect:/me/photo";
            case REVIEWER -> "redirect:/review";
            case PROVINCE -> "redirect:/office/applications";
            case SCHOOL -> "redirect:/school";
            case ADMIN -> "redirect:/admin";
            case API -> "redirect:/swagger-ui.html";
        };
    }

    @GetMapping("/login")
    public String login(@AuthenticationPrincipal PortalUser user) {
        return user == null ? "login" : "redirect:/";
    }
}
