package org.gradphoto.portal.notify;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where modules put what is to be sent: an e-mail or an SMS joins the caller's transaction (it leaves only if the
 * change commits) and is sent by {@code OutboxSender} on its own schedule.
 */
@Service
public class Outbox {

    private final OutboxMessageRepository messages;
    private final Clock clock;

    Outbox(OutboxMessageRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void email(String address, String subject, String body) {
        messages.save(new OutboxMessage(Channel.EMAIL, address, subject, body, clock.instant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void sms(String mobile, String text) {
        messages.save(new OutboxMessage(Channel.SMS, mobile, "", text, clock.instant()));
    }

    /** Messages not sent yet (for health and the tests). */
    @Transactional(readOnly = true)
    public long waiting() {
        return messages.countBySentAtIsNull();
    }
}
