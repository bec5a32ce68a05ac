package org.gradphoto.portal.messages;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MessageRepository extends JpaRepository<Message, Long> {

    List<Message> findTop100ByRecipientIdOrderByCreatedAtDescIdDesc(Long recipientId);

    long countByRecipientIdAndReadAtIsNull(Long recipientId);

    boolean existsBySourceKey(String sourceKey);
}
