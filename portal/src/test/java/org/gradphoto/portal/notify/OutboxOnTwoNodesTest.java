package org.gradphoto.portal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gradphoto.portal.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes sending the outbox at the same moment (two senders on one database, each sending slowly, as a mail
 * server under load does): every message leaves once, not once per node.
 */
@PortalTest
class OutboxOnTwoNodesTest {

    @Autowired
    OutboxMessageRepository messages;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;

    /** A mail server that takes its time and counts what it was handed, per recipient. */
    static final class SlowServer implements Sender {
        final java.util.Map<String, AtomicInteger> received = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Channel channel() {
            return Channel.EMAIL;
        }

        @Override
        public void send(String recipient, String subject, String body) throws Exception {
            received.computeIfAbsent(recipient, r -> new AtomicInteger()).incrementAndGet();
            Thread.sleep(300);
        }
    }

    @Test
    void twoNodesSendingAtOnceSendEveryMessageOnce() throws Exception {
        // due only tomorrow, when the two nodes of this test send: a mail test's sender on the same database (which
        // sends what is due now) does not take them first
        java.time.Instant tomorrow = clock.instant().plus(java.time.Duration.ofDays(1));
        Clock later = Clock.fixed(tomorrow.plusSeconds(1), java.time.ZoneOffset.UTC);
        String[] to = new String[5];
        for (int i = 0; i < to.length; i++) {
            String address = "twice" + System.nanoTime() + "@example.edu.cn";
            to[i] = address;
            messages.save(new OutboxMessage(Channel.EMAIL, address, "主题", "正文", tomorrow));
        }
        SlowServer server = new SlowServer();
        OutboxSender nodeA = new OutboxSender(messages, tx, later, List.of(server));
        OutboxSender nodeB = new OutboxSender(messages, tx, later, List.of(server));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> both = List.of(pool.submit(() -> {
                start.await();
                nodeA.sendDue();
                return null;
            }), pool.submit(() -> {
                start.await();
                nodeB.sendDue();
                return null;
            }));
            start.countDown();
            for (Future<?> f : both) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
        for (String address : to) {
            assertThat(server.received.get(address)).as(address).hasValue(1);
            assertThat(messages.findByRecipientOrderById(address)).singleElement().satisfies(m -> assertThat(m.getSentAt()).isNotNull());
        }
    }
}
