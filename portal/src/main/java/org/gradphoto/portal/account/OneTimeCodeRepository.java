package org.gradphoto.portal.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OneTimeCodeRepository extends JpaRepository<OneTimeCode, Long> {

    long countByAccountIdAndPurposeAndCreatedAtAfter(Long accountId, OneTimeCode.Purpose purpose, Instant since);

    Optional<OneTimeCode> findFirstByAccountIdAndPurposeOrderByCreatedAtDescIdDesc(Long accountId, OneTimeCode.Purpose purpose);
}
