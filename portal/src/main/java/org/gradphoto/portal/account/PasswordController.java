package org.gradphoto.portal.account;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码, for every signed-in role. */
@Controller
class PasswordController {

    private final PasswordChange change;

    PasswordController(PasswordChange change) {
        this.change = change;
    }

    @GetMapping("/account/password")
    String form() {
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "current", required = false) String current,
            @RequestParam(name = "password", required = false) String password,
            @RequestParam(name = "confirmPassword", required = false) String confirm, Model model,
            RedirectAttributes redirect) {
        List<String> problems = change.change(user.accountId(), current, password, confirm);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return "account/password";
        }
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/account/password";
    }
}
