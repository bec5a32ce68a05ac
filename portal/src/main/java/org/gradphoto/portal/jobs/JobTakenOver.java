package org.gradphoto.portal.jobs;

/** The job was taken up by another node (this one was thought dead): this node stops and leaves it to that one. */
public class JobTakenOver extends RuntimeException {

    JobTakenOver(long jobId, String why) {
        super("job " + jobId + " " + why);
    }
}
