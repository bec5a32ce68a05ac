package org.gradphoto.portal.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.stereotype.Component;

/** This node's name on a job it runs (host and process), so that a job run twice shows both nodes. */
@Component
class JobNode {

    private final String name;

    JobNode() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String n = host + ":" + ProcessHandle.current().pid();
        this.name = n.length() > 100 ? n.substring(n.length() - 100) : n;
    }

    String name() {
        return name;
    }
}
