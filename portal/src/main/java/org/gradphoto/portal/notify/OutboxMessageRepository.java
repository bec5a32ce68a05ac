package org.gradphoto.portal.notify;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    List<OutboxMessage> findTop50BySentAtIsNullAndNextAttemptAtLessThanEqualOrderById(Instant now);

    long countBySentAtIsNull();

    /**
     * The message, its row locked until the transaction ends: a second node sending the same message waits, then
     * finds it sent.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutboxMessage m where m.id = :id")
    Optional<OutboxMessage> lockById(@Param("id") Long id);

    List<OutboxMessage> findByRecipientOrderById(String recipient);
}
