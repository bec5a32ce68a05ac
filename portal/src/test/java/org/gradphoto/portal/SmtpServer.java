package org.gradphoto.portal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on a free port of 127.0.0.1, for the tests of mail: the portal is pointed at it with
 * {@link #register}; it can be stopped and started again on the same port to play an outage. One port for the whole
 * test run: a cached context of an earlier mail test still sends its outbox there, and every test reads its own
 * addresses.
 */
public final class SmtpServer {

    public static final SmtpServer SHARED = new SmtpServer();

    private final int port = freePort();
    private GreenMail mail;

    private SmtpServer() {
    }

    public SmtpServer start() {
        mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return this;
    }

    public void stop() {
        mail.stop();
    }

    /** The portal's mail settings for this server, with the outbox sending (off in other tests) every 200 ms. */
    public void register(DynamicPropertyRegistry r) {
        r.add("gradphoto.outbox.enabled", () -> true);
        r.add("spring.mail.host", () -> "127.0.0.1");
        r.add("spring.mail.port", () -> port);
        r.add("gradphoto.outbox.delay-ms", () -> 200);
    }

    /** The messages received for this address, in order. */
    public List<MimeMessage> mailTo(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** The text of a (single-part) message. */
    public static String text(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The six-digit code of a 忘记密码 mail. */
    public static String resetCode(MimeMessage m) {
        Matcher x = Pattern.compile("验证码 (\\d{6})").matcher(text(m));
        if (!x.find()) {
            throw new AssertionError("no code in the mail: " + text(m));
        }
        return x.group(1);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
