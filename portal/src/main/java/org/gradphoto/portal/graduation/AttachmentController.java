package org.gradphoto.portal.graduation;

import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.PortalUser;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.files.PhotoStore;
import org.gradphoto.portal.files.StoredFile;
import org.gradphoto.portal.graduation.prior.PriorDegreeRepository;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The files attached to graduation records (certificates, the prior-degree record, the internship appraisal), for
 * their candidate, the city office of the candidate, and the provincial authority; 404 to anyone else.
 */
@Controller
class AttachmentController {

    private final GraduationApplicationRepository applications;
    private final PriorDegreeRepository priors;
    private final AccountRepository accounts;
    private final PhotoStore store;

    public AttachmentController(GraduationApplicationRepository applications, PriorDegreeRepository priors,
            AccountRepository accounts, PhotoStore store) {
        this.applications = applications;
        this.priors = priors;
        this.accounts = accounts;
        this.store = store;
    }

    private boolean may(PortalUser user, Account candidate) {
        if (user.role() == Role.CANDIDATE) {
            return user.accountId().equals(candidate.getId());
        }
        Account office = accounts.findById(user.accountId()).orElse(null);
        return office != null && OfficeService.sees(office, candidate) && (office.getRole() == Role.PROVINCE || office.getRole() == Role.REVIEWER);
    }

    /** The candidate sees their own; an office only what the candidate has saved (a draft is private). */
    private boolean may(PortalUser user, GraduationApplication a) {
        return may(user, a.getCandidate()) && (user.role() == Role.CANDIDATE || a.getStatus() != AppStatus.DRAFT);
    }

    @GetMapping("/graduation/applications/{id}/items/{code}/evidence")
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> evidence(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id,
            @PathVariable("code") String code) {
        return applications.findById(id).filter(a -> may(user, a))
                .flatMap(a -> a.getItems().stream().filter(i -> i.getCourseCode().equals(code)).findFirst())
                .map(ApplicationItem::getAttachment).map(this::serve).orElse(notFound());
    }

    @GetMapping("/graduation/applications/{id}/internship")
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> internship(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id) {
        return applications.findById(id).filter(a -> may(user, a)).map(GraduationApplication::getInternship)
                .map(this::serve).orElse(notFound());
    }

    @GetMapping("/graduation/prior-degrees/{id}/attachment")
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> prior(@AuthenticationPrincipal PortalUser user, @PathVariable("id") Long id) {
        return priors.findById(id).filter(p -> may(user, p.getCandidate())).map(p -> p.getAttachment())
                .map(this::serve).orElse(notFound());
    }

    private ResponseEntity<byte[]> serve(StoredFile f) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.getContentType()))
                .cacheControl(CacheControl.noStore().cachePrivate()).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline").body(store.get(f));
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
}
