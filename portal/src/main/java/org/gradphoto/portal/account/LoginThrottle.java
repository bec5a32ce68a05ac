package org.gradphoto.portal.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.gradphoto.engine.identity.IdNumber;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting a stranger lock anyone out. Wrong passwords are counted three ways: per
 * client address, per login name at that address, and per login name from everywhere; past a free number of
 * failures each further try must wait, twice as long each time, up to a ceiling. An owner at their own address
 * meets only the per-name count from everywhere, whose ceiling is short (a minute), and only after many failures
 * from many addresses: they are delayed, never locked out. Tries turned away are not counted (nothing was
 * checked), so a stranger hammering from one address stays at its own door. Names are counted whether or not an
 * account has them: the answer never tells which ID numbers are registered. A successful login clears the
 * counts of its name.
 */
@Component
public class LoginThrottle {

    /** One way of counting: failures allowed free, and the longest wait. */
    record Tier(int free, Duration ceiling) {
    }

    private final Clock clock;
    private final Tier perAddress;
    private final Tier perNameAtAddress;
    private final Tier perName;
    private final Cache<String, Failures> addresses;
    private final Cache<String, Failures> namesAtAddresses;
    private final Cache<String, Failures> names;

    public LoginThrottle(Clock clock,
            @Value("${gradphoto.login.window:PT15M}") Duration window,
            @Value("${gradphoto.login.address.free:20}") int addressFree,
            @Value("${gradphoto.login.address.ceiling:PT15M}") Duration addressCeiling,
            @Value("${gradphoto.login.name-at-address.free:5}") int nameAtAddressFree,
            @Value("${gradphoto.login.name-at-address.ceiling:PT15M}") Duration nameAtAddressCeiling,
            @Value("${gradphoto.login.name.free:30}") int nameFree,
            @Value("${gradphoto.login.name.ceiling:PT1M}") Duration nameCeiling) {
        this.clock = clock;
        this.perAddress = new Tier(addressFree, addressCeiling);
        this.perNameAtAddress = new Tier(nameAtAddressFree, nameAtAddressCeiling);
        this.perName = new Tier(nameFree, nameCeiling);
        // a count lasts as long as failures keep coming, and at least as long as its longest wait
        Duration keep = max(window, max(addressCeiling, max(nameAtAddressCeiling, nameCeiling)));
        this.addresses = counts(keep);
        this.namesAtAddresses = counts(keep);
        this.names = counts(keep);
    }

    private Cache<String, Failures> counts(Duration keep) {
        // expiry on the portal's clock, so that it is the same time the waits are measured in
        return Caffeine.newBuilder().ticker(() -> java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfterWrite(keep).maximumSize(200_000).build();
    }

    /** How long {@code name} trying from {@code address} must wait before its next try; zero when it may try now. */
    public Duration waitBefore(String name, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        wait = max(wait, waitOf(addresses.getIfPresent(address(address)), perAddress, now));
        wait = max(wait, waitOf(namesAtAddresses.getIfPresent(key(name, address)), perNameAtAddress, now));
        return max(wait, waitOf(names.getIfPresent(name(name)), perName, now));
    }

    public void failed(String name, String address) {
        Instant now = clock.instant();
        addresses.asMap().computeIfAbsent(address(address), k -> new Failures()).add(now);
        namesAtAddresses.asMap().computeIfAbsent(key(name, address), k -> new Failures()).add(now);
        names.asMap().computeIfAbsent(name(name), k -> new Failures()).add(now);
    }

    public void succeeded(String name, String address) {
        namesAtAddresses.invalidate(key(name, address));
        names.invalidate(name(name));
    }

    /** The admin's reset, or a successful password reset: the name may try at once, from anywhere. */
    public void clear(String name) {
        String n = name(name);
        names.invalidate(n);
        namesAtAddresses.asMap().keySet().removeIf(k -> k.startsWith(n + "@"));
    }

    /**
     * A login name that must wait now, and until when (the admin's page): shown masked where it is an ID number,
     * cleared by its handle, so that the page never carries the number itself.
     */
    public record Slowed(String name, int failures, Instant until) {
        public String shown() {
            return name.length() >= 15 && name.matches("[0-9A-Z]+") ? IdNumber.mask(name) : name.toLowerCase(Locale.ROOT);
        }

        public String handle() {
            return handleOf(name);
        }
    }

    /** Clears the name whose {@link Slowed#handle()} this is; false when no slowed name has it. */
    public boolean clearByHandle(String handle) {
        for (Slowed s : slowed()) {
            if (s.handle().equals(handle)) {
                clear(s.name());
                return true;
            }
        }
        return false;
    }

    static String handleOf(String name) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Slowed> slowed() {
        Instant now = clock.instant();
        List<Slowed> out = new ArrayList<>();
        names.asMap().forEach((n, f) -> {
            Duration w = waitOf(f, perName, now);
            if (!w.isZero()) {
                out.add(new Slowed(n, f.count(), now.plus(w)));
            }
        });
        namesAtAddresses.asMap().forEach((k, f) -> {
            Duration w = waitOf(f, perNameAtAddress, now);
            String n = k.substring(0, k.lastIndexOf('@'));
            if (!w.isZero() && out.stream().noneMatch(s -> s.name().equals(n))) {
                out.add(new Slowed(n, f.count(), now.plus(w)));
            }
        });
        out.sort(Comparator.comparing(Slowed::until).reversed());
        return out;
    }

    private static Duration waitOf(Failures f, Tier tier, Instant now) {
        if (f == null || f.count() <= tier.free()) {
            return Duration.ZERO;
        }
        int doublings = Math.min(30, f.count() - tier.free() - 1);
        Duration delay = Duration.ofSeconds(1L << doublings);
        if (delay.compareTo(tier.ceiling()) > 0) {
            delay = tier.ceiling();
        }
        Instant until = f.last().plus(delay);
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    /** A login name as typed, normalised as the login does (full-width digits, case, spaces). */
    static String name(String typed) {
        String n = typed == null ? "" : IdNumber.normalise(typed).replaceAll("\\s+", "");
        n = n.toUpperCase(Locale.ROOT);
        return n.length() > 64 ? n.substring(0, 64) : n;
    }

    private static String address(String address) {
        return address == null ? "" : address;
    }

    private static String key(String name, String address) {
        return name(name) + "@" + address(address);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Failures of one key: how many, and when the last was. */
    private static final class Failures {
        private int count;
        private Instant last = Instant.MIN;

        synchronized void add(Instant at) {
            count++;
            last = at;
        }

        synchronized int count() {
            return count;
        }

        synchronized Instant last() {
            return last;
        }
    }
}
