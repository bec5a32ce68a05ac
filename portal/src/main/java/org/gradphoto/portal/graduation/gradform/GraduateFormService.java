package org.gradphoto.portal.graduation.gradform;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gradphoto.engine.identity.IdNumber;
import org.gradphoto.engine.identity.InvalidIdNumberException;
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

    /**
     * Saves the form when valid; otherwise saves nothing and returns every problem. For a resident ID card the sex and
     * birth month are the number's, whatever was entered.
     */
    public List<Problem> save(Long candidateId, Long applicationId, List<ResumeEntry.Line> lines, String selfEvaluation,
            String employerAppraisal, Personal entered) {
        GraduationApplication a = own(candidateId, applicationId);
        YearMonth thisMonth = YearMonth.from(clock.instant().atZone(GraduationService.ZONE));
        Personal fromId = fromIdNumber(a);
        PersonalDetails personal = new PersonalDetails(fromId.sex() != null ? fromId.sex() : entered.sex(),
                fromId.birthMonth() != null ? fromId.birthMonth() : entered.birthMonth(), entered.ethnicity(),
                entered.politicalStatus());
        List<Problem> problems = new ArrayList<>(personal.problems(thisMonth));
        problems.addAll(GraduateForm.problems(lines, selfEvaluation, employerAppraisal, thisMonth));
        if (!problems.isEmpty()) {
            return problems;
        }
        GraduateForm f = forms.findByApplication(a).orElseGet(() -> forms.save(new GraduateForm(a, clock.instant())));
        f.fill(lines, selfEvaluation, employerAppraisal, personal, thisMonth, clock.instant());
        return List.of();
    }

    /** The personal lines as entered on the form (any may be null). */
    public record Personal(String sex, String birthMonth, String ethnicity, String politicalStatus) implements java.io.Serializable {
    }

    /** The sex and birth month a resident ID number (or a residence permit's) says; nulls for other documents. */
    @Transactional(readOnly = true)
    public Personal fromIdNumber(Long candidateId, Long applicationId) {
        return fromIdNumber(own(candidateId, applicationId));
    }

    private static Personal fromIdNumber(GraduationApplication a) {
        String number = a.getCandidate().getIdNumber();
        try {
            IdNumber id = IdNumber.of(number == null ? "" : number);
            return new Personal(id.male() ? "男" : "女", YearMonth.from(id.birthDate()).toString(), null, null);
        } catch (InvalidIdNumberException e) {
            return new Personal(null, null, null, null);
        }
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
