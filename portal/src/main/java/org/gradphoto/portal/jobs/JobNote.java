package org.gradphoto.portal.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item a job did not do, and why, in both languages (a photo the studio is to retake). */
@Entity
@Table(name = "job_note")
class JobNote {

    static final int MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_id", nullable = false)
    private Long jobId;

    @Column(nullable = false)
    private String item;

    @Column(nullable = false)
    private String zh;

    @Column(nullable = false)
    private String en;

    protected JobNote() {
    }

    JobNote(Long jobId, Jobs.Note note) {
        this.jobId = jobId;
        this.item = Job.shortened(note.item(), MAX);
        this.zh = Job.shortened(note.zh(), MAX);
        this.en = Job.shortened(note.en(), MAX);
    }

    Jobs.Note note() {
        return new Jobs.Note(item, zh, en);
    }
}
