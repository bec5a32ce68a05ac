package org.gradphoto.portal.account;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 修改密码: a signed-in person changes their own password, knowing the current one. */
@Service
public class PasswordChange {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;

    PasswordChange(AccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /**
     * Changes the password; returns the problems (message keys) instead when the current password is wrong, the two
     * new ones differ, or the new one breaks the policy. Nothing changes then.
     */
    @Transactional
    public List<String> change(Long accountId, String current, String password, String confirm) {
        Account a = accounts.require(accountId);
        List<String> problems = new ArrayList<>();
        if (current == null || !encoder.matches(current, a.getPasswordHash())) {
            problems.add("password.current_wrong");
            return problems;
        }
        problems.addAll(PasswordPolicy.problems(password, a.getIdNumber(), a.getMobile()));
        if (password != null && !password.equals(confirm)) {
            problems.add("password.mismatch");
        }
        if (password != null && encoder.matches(password, a.getPasswordHash())) {
            problems.add("password.same");
        }
        if (problems.isEmpty()) {
            a.changePassword(encoder.encode(password));
        }
        return problems;
    }
}
