package org.gradphoto.portal.photo.review;

import org.gradphoto.portal.photo.RejectReason;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gradphoto.engine.inspection.Verdict;
import org.gradphoto.portal.NotFoundException;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.photo.CandidateLookup;
import org.gradphoto.portal.photo.CandidatePhoto;
import org.gradphoto.portal.photo.CandidatePhotoRepository;
import org.gradphoto.portal.photo.PhotoDecided;
import org.gradphoto.portal.photo.PhotoStateException;
import org.gradphoto.portal.photo.ReviewStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reviewer's work: the queue of their scope (oldest first), one photo, approve, reject, approve in bulk what
 * passed every rule. A reviewer never sees a candidate outside their institution or city: such ids do not exist
 * for them. Each decision is written to the audit trail in the same transaction as the change.
 */
@Service
public class ReviewService {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewService.class);
    static final int PAGE_SIZE = 50;
    /** An export is held in memory while written. */
    static final int EXPORT_LIMIT = 20_000;

    private final CandidatePhotoRepository photos;
    private final AccountRepository accounts;
    private final ReviewDecisionRepository decisions;
    private final org.gradphoto.portal.photo.PhotoUploadRepository uploads;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final List<CandidateLookup> lookups;

    public ReviewService(CandidatePhotoRepository photos, AccountRepository accounts, ReviewDecisionRepository decisions,
            org.gradphoto.portal.photo.PhotoUploadRepository uploads, TransactionTemplate tx, Clock clock,
            ApplicationEventPublisher events, List<CandidateLookup> lookups) {
        this.lookups = lookups;
        this.uploads = uploads;
        this.events = events;
        this.photos = photos;
        this.accounts = accounts;
        this.decisions = decisions;
        this.tx = tx;
        this.clock = clock;
    }

    public Page<CandidatePhoto> queue(Long reviewerId, QueueFilter f, int page) {
        return tx.execute(s -> {
            Account reviewer = accounts.require(reviewerId);
            Sort order = order(f);
            return photos.findAll(inScope(reviewer, f), PageRequest.of(Math.max(0, page), PAGE_SIZE, order));
        });
    }

    /**
     * Every photo of the filtered queue (not one page), as rows made by {@code row} while the photos are loaded; at
     * most {@link #EXPORT_LIMIT}, the rest left for a narrower filter.
     */
    public List<List<String>> export(Long reviewerId, QueueFilter f, java.util.function.Function<CandidatePhoto, List<String>> row) {
        return tx.execute(s -> {
            Account reviewer = accounts.require(reviewerId);
            Sort order = order(f);
            return photos.findAll(inScope(reviewer, f), PageRequest.of(0, EXPORT_LIMIT, order)).map(row).getContent();
        });
    }

    /** Waiting photos oldest first; withdrawn ones latest first; decided ones latest decision first. */
    private static Sort order(QueueFilter f) {
        return switch (f.status()) {
            case PENDING -> Sort.by("submittedAt", "id");
            case DRAFT -> Sort.by(Sort.Direction.DESC, "withdrawnAt", "id");
            default -> Sort.by(Sort.Direction.DESC, "decision.decidedAt", "id");
        };
    }

    /** The photos before and after this one in the reviewer's queue (the same filter and order); null at either end. */
    public Neighbours neighbours(Long reviewerId, Long photoId, QueueFilter f) {
        return tx.execute(s -> {
            Account reviewer = accounts.require(reviewerId);
            CandidatePhoto p = photos.findById(photoId).filter(x -> reviewer.mayReview(x.getCandidate())).orElse(null);
            if (p == null || f.status() != ReviewStatus.PENDING || p.getSubmittedAt() == null) {
                return new Neighbours(null, null);
            }
            Instant at = p.getSubmittedAt();
            Specification<CandidatePhoto> after = (root, q, cb) -> cb.or(cb.greaterThan(root.get("submittedAt"), at),
                    cb.and(cb.equal(root.get("submittedAt"), at), cb.greaterThan(root.get("id"), photoId)));
            Specification<CandidatePhoto> before = (root, q, cb) -> cb.or(cb.lessThan(root.get("submittedAt"), at),
                    cb.and(cb.equal(root.get("submittedAt"), at), cb.lessThan(root.get("id"), photoId)));
            Long next = photos.findAll(inScope(reviewer, f).and(after), PageRequest.of(0, 1, Sort.by("submittedAt", "id")))
                    .stream().findFirst().map(CandidatePhoto::getId).orElse(null);
            Long previous = photos.findAll(inScope(reviewer, f).and(before),
                    PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "submittedAt", "id"))).stream().findFirst()
                    .map(CandidatePhoto::getId).orElse(null);
            return new Neighbours(previous, next);
        });
    }

    /** The upload the candidate's current (fixed) photo was made from, for the reviewer to compare; null when none. */
    public org.gradphoto.portal.photo.PhotoUpload fixedFrom(Long reviewerId, org.gradphoto.portal.photo.PhotoUpload current) {
        return tx.execute(s -> {
            Account reviewer = accounts.require(reviewerId);
            return current.getFixedFrom() == null ? null : uploads.findById(current.getFixedFrom())
                    .filter(u -> reviewer.mayReview(u.getCandidate())).orElse(null);
        });
    }

    /** The queue's previous and next photo of one photo. */
    public record Neighbours(Long previous, Long next) {
    }

    /** The photo, if it is in the reviewer's scope. */
    public Optional<CandidatePhoto> photo(Long reviewerId, Long photoId) {
        return tx.execute(s -> {
            Account reviewer = accounts.require(reviewerId);
            return photos.findById(photoId).filter(p -> reviewer.mayReview(p.getCandidate()));
        });
    }

    public void approve(Long reviewerId, Long photoId, long version) {
        decide(reviewerId, photoId, version, (p, r) -> p.approve(r, clock.instant()), Outcome.APPROVED);
    }

    public void reject(Long reviewerId, Long photoId, long version, RejectReason reason, String text) {
        decide(reviewerId, photoId, version, (p, r) -> p.reject(r, reason, text, clock.instant()), Outcome.REJECTED);
    }

    private void decide(Long reviewerId, Long photoId, long version,
            java.util.function.BiConsumer<CandidatePhoto, Account> change, Outcome outcome) {
        try {
            tx.executeWithoutResult(s -> {
                Account reviewer = accounts.require(reviewerId);
                CandidatePhoto p = photos.findById(photoId).filter(x -> reviewer.mayReview(x.getCandidate()))
                        .orElseThrow(NotFoundException::new);
                if (p.getVersion() != version) {
                    // the page the reviewer acted on is out of date: decided by someone else, or a new upload
                    throw new PhotoStateException(p.getStatus() == ReviewStatus.APPROVED || p.getStatus() == ReviewStatus.REJECTED
                            ? "review.error.already_decided" : "review.error.changed");
                }
                change.accept(p, reviewer);
                photos.saveAndFlush(p);
                decisions.save(new ReviewDecision(p, reviewer, clock.instant(), outcome, false));
                events.publishEvent(decided(p));
            });
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new PhotoStateException("review.error.already_decided");
        }
        LOG.info("reviewer {} {} photo {}", reviewerId, outcome, photoId);
    }

    private PhotoDecided decided(CandidatePhoto p) {
        boolean approved = p.getStatus() == ReviewStatus.APPROVED;
        return new PhotoDecided(p.getCandidate().getId(), p.getId(), approved, approved ? null : p.getRejectReason(),
                approved ? null : p.getRejectText(), clock.instant());
    }

    /** Approves those of the given photos that are waiting and passed every rule; returns how many. */
    public int bulkApprove(Long reviewerId, List<Long> photoIds) {
        int approved = 0;
        for (Long id : photoIds) {
            try {
                Boolean done = tx.execute(s -> {
                    Account reviewer = accounts.require(reviewerId);
                    Optional<CandidatePhoto> p = photos.findById(id).filter(x -> reviewer.mayReview(x.getCandidate()))
                            .filter(x -> x.getStatus() == ReviewStatus.PENDING)
                            .filter(x -> x.getCurrent() != null && x.getCurrent().getVerdict() == Verdict.PASS);
                    if (p.isEmpty()) {
                        return false;
                    }
                    p.get().approve(reviewer, clock.instant());
                    photos.saveAndFlush(p.get());
                    decisions.save(new ReviewDecision(p.get(), reviewer, clock.instant(), Outcome.APPROVED, true));
                    events.publishEvent(decided(p.get()));
                    return true;
                });
                if (Boolean.TRUE.equals(done)) {
                    approved++;
                }
            } catch (ObjectOptimisticLockingFailureException | PhotoStateException e) {
                // decided by someone else meanwhile: leave it
            }
        }
        LOG.info("reviewer {} bulk-approved {} of {} photos", reviewerId, approved, photoIds.size());
        return approved;
    }

    /** The institutions a reviewer works for (one, or every one of their city). */
    public List<Institution> scope(Long reviewerId, org.gradphoto.portal.account.InstitutionRepository institutions) {
        return tx.execute(s -> {
            Account r = accounts.require(reviewerId);
            return r.getInstitution() != null ? List.of(r.getInstitution()) : institutions.findByCityZhOrderByCode(r.getCityZh());
        });
    }

    private Specification<CandidatePhoto> inScope(Account reviewer, QueueFilter f) {
        // a ticket number (or another name another module knows) stands for its holder's ID number
        Set<String> named = f.search() == null ? Set.of()
                : lookups.stream().flatMap(l -> l.idNumbersNamedBy(f.search()).stream()).collect(Collectors.toSet());
        return (root, query, cb) -> {
            Join<Object, Object> candidate = root.join("candidate");
            Join<Object, Object> institution = candidate.join("institution");
            List<Predicate> all = new ArrayList<>();
            all.add(cb.equal(root.get("status"), f.status()));
            if (f.status() == ReviewStatus.DRAFT) {
                all.add(cb.isNotNull(root.get("withdrawnAt")));
            }
            if (reviewer.getInstitution() != null) {
                all.add(cb.equal(institution.get("id"), reviewer.getInstitution().getId()));
            } else {
                all.add(cb.equal(institution.get("cityZh"), reviewer.getCityZh()));
            }
            if (f.institutionId() != null) {
                all.add(cb.equal(institution.get("id"), f.institutionId()));
            }
            if (f.verdict() != null) {
                all.add(cb.equal(root.join("current").get("verdict"), f.verdict()));
            }
            if (f.search() != null) {
                // a name in part (no LIKE wildcards of the reviewer's), the whole ID number as it is stored, or a ticket
                String like = "%" + f.search().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                Predicate byName = cb.or(cb.like(candidate.get("name"), like, '\\'),
                        cb.equal(candidate.get("idNumber"), f.search().toUpperCase(java.util.Locale.ROOT)));
                all.add(named.isEmpty() ? byName : cb.or(byName, candidate.get("idNumber").in(named)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
