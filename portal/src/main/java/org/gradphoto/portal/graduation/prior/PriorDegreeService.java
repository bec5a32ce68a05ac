package org.gradphoto.portal.graduation.prior;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.files.PhotoStore;
import org.gradphoto.portal.files.StoredFileRepository;
import org.gradphoto.portal.graduation.Evidence;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A candidate's prior degree: recorded with its evidence, replaced while not verified, read by the application. */
@Service
@Transactional
public class PriorDegreeService {

    private final AccountRepository accounts;
    private final PriorDegreeRepository priors;
    private final StoredFileRepository files;
    private final PhotoStore store;
    private final Clock clock;

    public PriorDegreeService(AccountRepository accounts, PriorDegreeRepository priors, StoredFileRepository files,
            PhotoStore store, Clock clock) {
        this.accounts = accounts;
        this.priors = priors;
        this.files = files;
        this.store = store;
        this.clock = clock;
    }

    private Account candidate(Long id) {
        return accounts.require(id);
    }

    /** The candidate's latest prior degree, whatever its status. */
    @Transactional(readOnly = true)
    public Optional<PriorDegree> priorDegree(Long candidateId) {
        return priors.latest(candidate(candidateId));
    }

    public PriorDegree recordPriorDegree(Long candidateId, PriorDegree.Kind kind, String school, String number,
            LocalDate graduatedOn, byte[] attachment) {
        Account c = candidate(candidateId);
        priors.latest(c).filter(p -> p.getStatus() == PriorDegree.Status.VERIFIED).ifPresent(p -> {
            throw new RefusedException("prior.error.already_verified");
        });
        var file = files.save(Evidence.store(store, attachment));
        return priors.save(new PriorDegree(c, kind, school, number, graduatedOn, file, clock.instant()));
    }
}
