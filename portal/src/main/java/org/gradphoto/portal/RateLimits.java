package org.gradphoto.portal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one client may do a thing: token buckets (Bucket4j) per limit and key (a client address, a mobile
 * number, an API client), each refilled evenly over its period. What is over the limit is answered 429 with the
 * seconds to wait, in both languages.
 */
@Component
public class RateLimits {

    /** The limits the portal applies; each has its capacity and period in the configuration. */
    public enum Limit {
        /** collection codes entered at /collect, per client address */
        COLLECT_CODE,
        /** registrations, per client address */
        REGISTER_ADDRESS,
        /** registrations, per mobile number */
        REGISTER_MOBILE,
        /** API requests, per API client */
        API
    }

    private record Rule(long capacity, Duration period) {
    }

    private final Map<Limit, Rule> rules;
    private final Map<Limit, Cache<String, Bucket>> buckets = new ConcurrentHashMap<>();

    public RateLimits(
            @Value("${gradphoto.limit.collect-code:20/PT10M}") String collectCode,
            @Value("${gradphoto.limit.register-address:10/PT1H}") String registerAddress,
            @Value("${gradphoto.limit.register-mobile:3/P1D}") String registerMobile,
            @Value("${gradphoto.limit.api:120/PT1M}") String api) {
        this.rules = Map.of(Limit.COLLECT_CODE, rule(collectCode), Limit.REGISTER_ADDRESS, rule(registerAddress),
                Limit.REGISTER_MOBILE, rule(registerMobile), Limit.API, rule(api));
    }

    /** "20/PT10M": 20 in ten minutes. */
    private static Rule rule(String text) {
        String[] p = text.split("/");
        return new Rule(Long.parseLong(p[0].strip()), Duration.parse(p[1].strip()));
    }

    /** Takes one for {@code key}: zero when allowed, else how long to wait. */
    public Duration take(Limit limit, String key) {
        Rule r = rules.get(limit);
        Bucket b = buckets.computeIfAbsent(limit, l -> Caffeine.newBuilder().expireAfterAccess(r.period())
                .maximumSize(200_000).build()).get(key == null ? "" : key, k -> Bucket.builder()
                        .addLimit(Bandwidth.builder().capacity(r.capacity()).refillGreedy(r.capacity(), r.period()).build())
                        .build());
        ConsumptionProbe p = b.tryConsumeAndReturnRemaining(1);
        return p.isConsumed() ? Duration.ZERO : Duration.ofNanos(p.getNanosToWaitForRefill());
    }

    /** Seconds to say for a wait: at least one. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
