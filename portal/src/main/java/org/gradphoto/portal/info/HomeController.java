package org.gradphoto.portal.info;

import java.time.Clock;
import java.util.Locale;
import org.gradphoto.portal.account.PortalUser;
import org.gradphoto.portal.graduation.round.ExamRoundRepository;
import org.gradphoto.portal.notice.Notices;
import org.gradphoto.portal.photo.DeadlineRepository;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front door: a visitor reads what the system does, the open rounds and their deadlines and where to find the
 * requirements; a signed-in person goes to their own page.
 */
@Controller
class HomeController {

    /** How many notices the landing page lists; the rest are one click away. */
    static final int LATEST = 5;

    private final ExamRoundRepository rounds;
    private final DeadlineRepository deadlines;
    private final Notices notices;
    private final Clock clock;

    HomeController(ExamRoundRepository rounds, DeadlineRepository deadlines, Notices notices, Clock clock) {
        this.rounds = rounds;
        this.deadlines = deadlines;
        this.notices = notices;
        this.clock = clock;
    }

    @GetMapping("/")
    public String home(@AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
        if (user == null) {
            model.addAttribute("notices", notices.forReader(null, LATEST, locale));
            model.addAttribute("rounds", rounds.findByApplicationDeadlineAfterOrderByApplicationDeadline(clock.instant()));
            model.addAttribute("photoWindow", deadlines.uploadWindow());
            return "info/home";
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
