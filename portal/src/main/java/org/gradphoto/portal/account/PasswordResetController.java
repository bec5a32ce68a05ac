package org.gradphoto.portal.account;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 忘记密码: ask for a code, then set a new password with it. Open to visitors. */
@Controller
class PasswordResetController {

    private final PasswordReset reset;

    PasswordResetController(PasswordReset reset) {
        this.reset = reset;
    }

    @GetMapping("/password/forgot")
    String forgot() {
        return "account/forgot";
    }

    @PostMapping("/password/forgot")
    String request(@RequestParam(name = "username", required = false) String username, RedirectAttributes redirect) {
        reset.request(username);
        // the same answer whether or not the account exists
        redirect.addFlashAttribute("notice", "reset.notice.sent");
        redirect.addAttribute("username", username == null ? "" : username.strip());
        return "redirect:/password/reset";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(name = "username", required = false) String username, Model model) {
        model.addAttribute("username", username == null ? "" : username);
        return "account/reset";
    }

    @PostMapping("/password/reset")
    String reset(@RequestParam(name = "username", required = false) String username,
            @RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "password", required = false) String password,
            @RequestParam(name = "confirmPassword", required = false) String confirm, Model model,
            RedirectAttributes redirect) {
        List<String> problems = reset.reset(username, code, password, confirm);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            model.addAttribute("username", username == null ? "" : username);
            return "account/reset";
        }
        redirect.addAttribute("reset", "");
        return "redirect:/login";
    }
}
