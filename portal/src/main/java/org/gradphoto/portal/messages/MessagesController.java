package org.gradphoto.portal.messages;

import java.util.Locale;
import org.gradphoto.portal.account.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 我的消息: a candidate's own messages, never anyone else's (the page asks for no id). */
@Controller
class MessagesController {

    private final Inbox inbox;

    MessagesController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/me/messages")
    String messages(@AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
        model.addAttribute("messages", inbox.open(user.accountId(), locale));
        return "candidate/messages";
    }
}
