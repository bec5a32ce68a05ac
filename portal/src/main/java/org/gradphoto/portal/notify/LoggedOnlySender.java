package org.gradphoto.portal.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A channel with no gateway configured (SMS always, for now; e-mail without {@code spring.mail.host}): the message is
 * written to the log, so that the embedded portal works end to end, and counts as sent.
 */
final class LoggedOnlySender implements Sender {

    private static final Logger LOG = LoggerFactory.getLogger(LoggedOnlySender.class);

    private final Channel channel;

    LoggedOnlySender(Channel channel) {
        this.channel = channel;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public void send(String recipient, String subject, String body) {
        LOG.info("{} to {} (no gateway configured, logged only): {} {}", channel, recipient, subject, body);
    }
}
