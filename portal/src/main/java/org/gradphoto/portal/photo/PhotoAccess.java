package org.gradphoto.portal.photo;

import java.util.Optional;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.PortalUser;
import org.gradphoto.portal.account.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see an uploaded photo: its candidate, and the reviewers whose institution or city the candidate belongs
 * to. Nobody else, whatever id they guess: to them the photo does not exist.
 */
@Component
public class PhotoAccess {

    private final PhotoUploadRepository uploads;
    private final AccountRepository accounts;

    public PhotoAccess(PhotoUploadRepository uploads, AccountRepository accounts) {
        this.uploads = uploads;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Optional<PhotoUpload> visible(Long uploadId, PortalUser user) {
        if (user == null || uploadId == null) {
            return Optional.empty();
        }
        return uploads.findById(uploadId).filter(u -> may(user, u.getCandidate()));
    }

    /** Whether the user may see that candidate's photos and record. */
    @Transactional(readOnly = true)
    public boolean may(PortalUser user, Account candidate) {
        if (user.role() == Role.CANDIDATE) {
            return user.accountId().equals(candidate.getId());
        }
        if (user.role() == Role.REVIEWER) {
            return accounts.findById(user.accountId()).map(r -> r.mayReview(candidate)).orElse(false);
        }
        return false;
    }
}
