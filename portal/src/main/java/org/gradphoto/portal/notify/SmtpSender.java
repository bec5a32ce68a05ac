package org.gradphoto.portal.notify;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** E-mail through the SMTP server of {@code spring.mail.*}; present only where a host is set. */
@Component
@ConditionalOnProperty(name = "spring.mail.host")
class SmtpSender implements Sender {

    private final JavaMailSender mail;
    private final String from;

    SmtpSender(JavaMailSender mail, @Value("${gradphoto.mail.from:noreply@gradphoto.local}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(String recipient, String subject, String body) throws Exception {
        MimeMessage m = mail.createMimeMessage();
        MimeMessageHelper h = new MimeMessageHelper(m, false, StandardCharsets.UTF_8.name());
        h.setFrom(from);
        h.setTo(recipient);
        h.setSubject(subject);
        h.setText(body, false);
        mail.send(m);
    }
}
