package org.gradphoto.portal.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * SMS through an HTTP gateway, where {@code gradphoto.sms.gateway-url} is set: one POST of
 * {@code {"to": number, "text": text}} as JSON, with {@code Authorization: Bearer} and the token of
 * {@code gradphoto.sms.gateway-token} when one is given. Any answer but 2xx, or none within ten seconds, is a
 * failure the outbox tries again. A provider with its own protocol sits behind a small relay that speaks this one.
 */
@Component
@ConditionalOnProperty(name = "gradphoto.sms.gateway-url")
class HttpSmsSender implements Sender {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI gateway;
    private final String token;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    HttpSmsSender(@Value("${gradphoto.sms.gateway-url}") String gateway, @Value("${gradphoto.sms.gateway-token:}") String token,
            ObjectMapper json) {
        this.gateway = URI.create(gateway);
        if (!"https".equals(this.gateway.getScheme()) && !"http".equals(this.gateway.getScheme())) {
            throw new IllegalArgumentException("gradphoto.sms.gateway-url must be an http(s) address: " + gateway);
        }
        this.token = token;
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(String recipient, String subject, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(gateway).timeout(TIMEOUT).header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("to", recipient, "text", body))));
        if (!token.isBlank()) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("SMS gateway answered " + r.statusCode());
        }
    }
}
