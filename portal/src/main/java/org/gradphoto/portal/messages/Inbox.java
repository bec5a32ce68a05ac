package org.gradphoto.portal.messages;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The message box of each account: delivers messages once, lists them newest first, counts the unread. */
@Service
public class Inbox {

    private final MessageRepository messages;
    private final MessageSource texts;
    private final Clock clock;

    Inbox(MessageRepository messages, MessageSource texts, Clock clock) {
        this.messages = messages;
        this.texts = texts;
        this.clock = clock;
    }

    /** One message; nothing when the same decision was already told (an event handled again after a crash). */
    @Transactional
    void deliver(Long recipientId, String key, List<String> args, String link, String sourceKey, Instant at) {
        if (!messages.existsBySourceKey(sourceKey)) {
            messages.save(new Message(recipientId, key, args, link, sourceKey, at));
        }
    }

    /** How many messages the account has not read yet (the header's badge). */
    @Transactional(readOnly = true)
    public long unread(Long recipientId) {
        return recipientId == null ? 0 : messages.countByRecipientIdAndReadAtIsNull(recipientId);
    }

    /** The account's latest messages in the viewer's language; those shown are read from now on. */
    @Transactional
    public List<Shown> open(Long recipientId, Locale locale) {
        List<Message> latest = messages.findTop100ByRecipientIdOrderByCreatedAtDescIdDesc(recipientId);
        List<Shown> shown = latest.stream().map(m -> new Shown(
                texts.getMessage(m.getSubjectKey() + ".title", m.arguments(), locale),
                texts.getMessage(m.getSubjectKey() + ".body", m.arguments(), locale),
                m.getLink(), m.getCreatedAt(), m.isUnread())).toList();
        Instant now = clock.instant();
        latest.forEach(m -> m.read(now));
        return shown;
    }

    /** A message as its recipient reads it. */
    public record Shown(String title, String body, String link, Instant at, boolean unread) {
    }
}
