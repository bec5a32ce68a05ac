package org.gradphoto.portal.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gradphoto.portal.collection.RecordDecided;
import org.gradphoto.portal.graduation.GraduationDecided;
import org.gradphoto.portal.photo.PhotoDecided;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns an office's decision into a message for the candidate, after the decision committed (on another thread,
 * kept by the event registry until written). Labels that the candidate's language decides (a status, a rejection
 * category) are given in Chinese and English; each message's text picks its own.
 */
@Component
class DecisionMessages {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final Inbox inbox;
    private final MessageSource labels;

    DecisionMessages(Inbox inbox, MessageSource labels) {
        this.inbox = inbox;
        this.labels = labels;
    }

    @ApplicationModuleListener
    void on(PhotoDecided e) {
        String source = "photo:" + e.photoId() + ":" + e.at().toEpochMilli();
        if (e.approved()) {
            inbox.deliver(e.candidateId(), "message.photo.approved", List.of(), "/me/photo", source, e.at());
        } else {
            inbox.deliver(e.candidateId(), "message.photo.rejected", withNote(List.of(e.reason().zh(), e.reason().en()),
                    sentence(e.note())), "/me/photo", source, e.at());
        }
    }

    @ApplicationModuleListener
    void on(GraduationDecided e) {
        String source = e.subject() + ":" + e.subjectId() + ":" + e.outcome() + ":" + e.at().toEpochMilli();
        switch (e.subject()) {
            case APPLICATION -> {
                String link = "/me/graduation/applications/" + e.subjectId();
                String key = switch (e.outcome()) {
                    case "RETURNED" -> "message.application.returned";
                    case "HELD" -> "message.application.held";
                    case "LAPSED" -> "message.application.lapsed";
                    default -> "message.application.moved";
                };
                List<String> args = new ArrayList<>(List.of(e.title(),
                        labels.getMessage("app.status." + e.outcome(), null, ZH),
                        labels.getMessage("app.status." + e.outcome(), null, EN)));
                inbox.deliver(e.candidateId(), key, withNote(args, clause(e.reason())), link, source, e.at());
            }
            case PRIOR_DEGREE -> inbox.deliver(e.candidateId(), approved(e) ? "message.prior.verified" : "message.prior.rejected",
                    withNote(new ArrayList<>(List.of(e.title())), clause(e.reason())), "/me/graduation", source, e.at());
            case TICKET_MERGE -> inbox.deliver(e.candidateId(), approved(e) ? "message.merge.approved" : "message.merge.rejected",
                    withNote(new ArrayList<>(List.of(e.title())), clause(e.reason())), "/me/graduation", source, e.at());
        }
    }

    @ApplicationModuleListener
    void on(RecordDecided e) {
        String source = "record:" + e.recordId() + ":" + e.outcome() + ":" + e.at().toEpochMilli() + ":" + e.studentId();
        String key = switch (e.outcome()) {
            case RecordDecided.CORRECTED -> "message.record.corrected";
            case RecordDecided.RECOLLECT -> "message.record.recollect";
            default -> "message.record.cancelled";
        };
        inbox.deliver(e.studentId(), key, List.of(e.schoolZh(), e.schoolEn()), "/me/record", source, e.at());
    }

    private static boolean approved(GraduationDecided e) {
        return GraduationDecided.APPROVED.equals(e.outcome());
    }

    /** The reviewer's words as a sentence of their own (they may leave off the full stop). */
    private static String sentence(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String n = note.strip();
        return n.matches(".*[。！？.!?]$") ? n : n + "。";
    }

    /** The office's words inside a sentence of the text ("原因：…。"): without their own full stop. */
    private static String clause(String reason) {
        return reason == null ? null : reason.strip().replaceAll("[。.！!]+$", "");
    }

    /** The office's words last, empty when none: every text of a kind has the same arguments. */
    private static List<String> withNote(List<String> args, String note) {
        List<String> all = new ArrayList<>(args);
        all.add(note == null ? "" : note);
        return all;
    }
}
