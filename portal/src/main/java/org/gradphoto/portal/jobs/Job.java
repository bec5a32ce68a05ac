package org.gradphoto.portal.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A piece of long work and how far it got: queued, running (on a node, perhaps for the second time when the first
 * node died), done or failed. Progress is counted item by item, each count committed with the item it counts, and
 * the version makes a second node that thinks it runs the same job fail instead of doing an item twice.
 */
@Entity
@Table(name = "job")
public class Job {

    /** Where a job is. */
    public enum State {
        QUEUED, RUNNING, DONE, FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    /** What became of one item. */
    public enum Outcome {
        /** done (a photo collected) */
        SUCCEEDED,
        /** nothing to do: done before (a photo collected by an earlier import) */
        UNCHANGED,
        /** not done, with a note saying why */
        SKIPPED
    }

    static final int MAX_NAME = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String kind;

    @Column(name = "owner_account_id", nullable = false)
    private Long ownerAccountId;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "input_key")
    private String inputKey;

    @Column(name = "input_name", nullable = false)
    private String inputName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int processed;

    @Column(nullable = false)
    private int succeeded;

    @Column(nullable = false)
    private int unchanged;

    @Column(nullable = false)
    private int skipped;

    /** How often a node took the job up: more than once when a node died while running it. */
    @Column(nullable = false)
    private int runs;

    @Column
    private String node;

    @Column(name = "failure_key")
    private String failureKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected Job() {
    }

    Job(String kind, Long ownerAccountId, Long institutionId, String inputKey, String inputName, Instant now) {
        this.kind = Objects.requireNonNull(kind);
        this.ownerAccountId = Objects.requireNonNull(ownerAccountId);
        this.institutionId = institutionId;
        this.inputKey = inputKey;
        this.inputName = shortened(inputName, MAX_NAME);
        this.state = State.QUEUED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A name as sent (a zip's file name), without control characters and cut to the column: it only labels the job. */
    static String shortened(String s, int max) {
        String t = s == null ? "" : s.replaceAll("\\p{Cntrl}", "").strip();
        return t.length() > max ? t.substring(0, max) : t;
    }

    /** A node takes the job up: the first time, or again after the node that ran it died. */
    void takeUp(String node, Instant now) {
        if (state.finished()) {
            throw new IllegalStateException("job " + id + " is " + state);
        }
        if (state == State.QUEUED) {
            startedAt = now;
        }
        state = State.RUNNING;
        runs++;
        this.node = node;
        updatedAt = now;
    }

    /** How many items the job has: known once its input was read. */
    void size(int total) {
        requireRunning();
        if (total < processed) {
            throw new IllegalStateException("job " + id + " had " + processed + " items done, now " + total + " in all");
        }
        this.total = total;
    }

    void count(Outcome outcome, Instant now) {
        requireRunning();
        if (processed >= total) {
            throw new IllegalStateException("job " + id + " has no item left");
        }
        processed++;
        switch (outcome) {
            case SUCCEEDED -> succeeded++;
            case UNCHANGED -> unchanged++;
            case SKIPPED -> skipped++;
        }
        updatedAt = now;
    }

    /** A note on the input as a whole (an entry the zip reader refused) that is not one of the items. */
    void skipOutsideItems(Instant now) {
        requireRunning();
        skipped++;
        updatedAt = now;
    }

    void finish(Instant now) {
        requireRunning();
        state = State.DONE;
        finishedAt = now;
        updatedAt = now;
    }

    void fail(String messageKey, Instant now) {
        if (state.finished()) {
            throw new IllegalStateException("job " + id + " is " + state);
        }
        state = State.FAILED;
        failureKey = messageKey;
        finishedAt = now;
        updatedAt = now;
    }

    private void requireRunning() {
        if (state != State.RUNNING) {
            throw new IllegalStateException("job " + id + " is " + state + ", not running");
        }
    }

    /** Items done per second since the job started (for the time left), empty before one is done. */
    public Optional<Double> rate() {
        if (startedAt == null || processed == 0) {
            return Optional.empty();
        }
        Instant until = finishedAt != null ? finishedAt : updatedAt;
        double seconds = Math.max(0.001, Duration.between(startedAt, until).toMillis() / 1000.0);
        return Optional.of(processed / seconds);
    }

    /** At the rate so far, how long the rest takes; empty when not known or not running. */
    public Optional<Duration> timeLeft() {
        if (state != State.RUNNING) {
            return Optional.empty();
        }
        return rate().map(r -> Duration.ofSeconds(Math.round((total - processed) / r)));
    }

    /** Whole percent of the items done. */
    public int percent() {
        return total == 0 ? (state == State.DONE ? 100 : 0) : (int) (100L * processed / total);
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public Long getOwnerAccountId() {
        return ownerAccountId;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public String getInputKey() {
        return inputKey;
    }

    public String getInputName() {
        return inputName;
    }

    public State getState() {
        return state;
    }

    public int getTotal() {
        return total;
    }

    public int getProcessed() {
        return processed;
    }

    public int getSucceeded() {
        return succeeded;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getSkipped() {
        return skipped;
    }

    public int getRuns() {
        return runs;
    }

    public String getNode() {
        return node;
    }

    public String getFailureKey() {
        return failureKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
