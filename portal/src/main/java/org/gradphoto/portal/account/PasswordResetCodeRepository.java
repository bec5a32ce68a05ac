package org.gradphoto.portal.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordResetCodeRepository extends JpaRepository<PasswordResetCode, Long> {

    long countByAccountIdAndCreatedAtAfter(Long accountId, Instant since);

    Optional<PasswordResetCode> findFirstByAccountIdOrderByCreatedAtDescIdDesc(Long accountId);
}
