package org.gradphoto.portal.notify;

/** Sends one message on one channel; throws when it could not (the outbox tries again later). */
interface Sender {

    Channel channel();

    void send(String recipient, String subject, String body) throws Exception;
}
