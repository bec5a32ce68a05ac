package org.gradphoto.portal.graduation.gradform;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.gradphoto.portal.NotFoundException;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.files.PhotoStore;
import org.gradphoto.portal.graduation.GraduationApplication;
import org.gradphoto.portal.graduation.GraduationApplicationRepository;
import org.gradphoto.portal.graduation.GraduationService;
import org.gradphoto.portal.graduation.Problem;
import org.gradphoto.portal.photo.CandidatePhotoRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The candidate's registration form of an application: read, save when valid (else every problem), print. */
@Service
@Transactional
public class GraduateFormService {

    private final GraduationApplicationRepository applications;
    private final GraduateFormRepository forms;
    private final CandidatePhotoRepository photos;
    private final PhotoStore store;
    private final GraduateFormPdf pdf;
    private final Clock clock;

    public GraduateFormService(GraduationApplicationRepository applications, GraduateFormRepository forms,
            CandidatePhotoRepository photos, PhotoStore store, GraduateFormPdf pdf, Clock clock) {
        this.applications = applications;
        this.forms = forms;
        this.photos = photos;
        this.store = store;
        this.pdf = pdf;
        this.clock = clock;
    }

    private GraduationApplication own(Long candidateId, Long applicationId) {
        return applications.findById(applicationId).filter(a -> a.getCandidate().getId().equals(candidateId))
                .orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public Optional<GraduateForm> form(Long candidateId, Long applicationId) {
        return forms.findByApplication(own(candidateId, applicationId));
    }

    /** Saves the form when valid; otherwise saves nothing and returns every problem. */
    public List<Problem> save(Long candidateId, Long applicationId, List<ResumeEntry.Line> lines, String selfEvaluation,
            String employerAppraisal) {
        GraduationApplication a = own(candidateId, applicationId);
        YearMonth thisMonth = YearMonth.from(clock.instant().atZone(GraduationService.ZONE));
        List<Problem> problems = GraduateForm.problems(lines, selfEvaluation, employerAppraisal, thisMonth);
        if (!problems.isEmpty()) {
            return problems;
        }
        GraduateForm f = forms.findByApplication(a).orElseGet(() -> forms.save(new GraduateForm(a, clock.instant())));
        f.fill(lines, selfEvaluation, employerAppraisal, thisMonth, clock.instant());
        return List.of();
    }

    /** The form as PDF, with the candidate's current photo. */
    @Transactional(readOnly = true)
    public byte[] pdf(Long candidateId, Long applicationId) {
        GraduationApplication a = own(candidateId, applicationId);
        GraduateForm f = forms.findByApplication(a).filter(GraduateForm::isFilled)
                .orElseThrow(() -> new RefusedException("form.error.empty"));
        byte[] photo = photos.findByCandidate(a.getCandidate()).map(p -> p.getCurrent())
                .filter(u -> u != null && "image/jpeg".equals(u.getOriginal().getContentType()))
                .map(u -> store.get(u.getOriginal())).orElse(null);
        return pdf.render(a, f, photo);
    }
}
