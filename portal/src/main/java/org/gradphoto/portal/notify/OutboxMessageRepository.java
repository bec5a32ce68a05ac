package org.gradphoto.portal.notify;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    List<OutboxMessage> findTop50BySentAtIsNullAndNextAttemptAtLessThanEqualOrderById(Instant now);

    long countBySentAtIsNull();

    List<OutboxMessage> findByRecipientOrderById(String recipient);
}
