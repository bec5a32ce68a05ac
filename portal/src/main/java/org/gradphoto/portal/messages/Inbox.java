package org.gradphoto.portal.messages;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.notify.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The message box of each account: delivers messages once, lists them newest first, counts the unread. */
@Service
public class Inbox {

    private final MessageRepository messages;
    private final MessageSource texts;
    private final Clock clock;
    private final AccountRepository accounts;
    private final Outbox outbox;
    private final String baseUrl;

    Inbox(MessageRepository messages, MessageSource texts, Clock clock, AccountRepository accounts, Outbox outbox,
            @Value("${gradphoto.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.texts = texts;
        this.clock = clock;
        this.accounts = accounts;
        this.outbox = outbox;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /**
     * One message, and the same by e-mail where the account has an address (sent by the outbox once this commits);
     * nothing when the same decision was already told (an event handled again after a crash).
     */
    @Transactional
    void deliver(Long recipientId, String key, List<String> args, String link, String sourceKey, Instant at) {
        if (messages.existsBySourceKey(sourceKey)) {
            return;
        }
        Message m = messages.save(new Message(recipientId, key, args, link, sourceKey, at));
        accounts.findById(recipientId).map(a -> a.getEmail()).ifPresent(address -> outbox.email(address,
                texts.getMessage(key + ".title", m.arguments(), ZH),
                texts.getMessage(key + ".body", m.arguments(), ZH) + "\n" + baseUrl + link + "\n\n"
                        + texts.getMessage(key + ".body", m.arguments(), Locale.ENGLISH)));
    }

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

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
