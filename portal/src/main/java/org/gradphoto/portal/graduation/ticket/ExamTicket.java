package org.gradphoto.portal.graduation.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.gradphoto.portal.RefusedException;

/**
 * An exam ticket number (准考证号) and whose it is (by ID number). Once merged into another ticket it no longer
 * applies: its results count under the ticket it was merged into, and only that one can be applied with.
 */
@Entity
@Table(name = "exam_ticket")
public class ExamTicket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_number", nullable = false, unique = true)
    private String number;

    @Column(name = "id_number", nullable = false)
    private String idNumber;

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private ExamTicket mergedInto;

    protected ExamTicket() {
    }

    public ExamTicket(String number, String idNumber, String name) {
        if (number == null || !number.matches("\\d{8,20}")) {
            throw new IllegalArgumentException("a ticket number is 8 to 20 digits");
        }
        this.number = number;
        this.idNumber = idNumber;
        this.name = name;
    }

    public boolean isActive() {
        return mergedInto == null;
    }

    /** A candidate applies only under their own ticket, and only while it has not been merged into another. */
    public void requireUsableBy(String candidateIdNumber) {
        if (!idNumber.equals(candidateIdNumber)) {
            throw new RefusedException("ticket.error.not_yours");
        }
        if (!isActive()) {
            throw new RefusedException("ticket.error.merged");
        }
    }

    /** After a merge, only the other ticket applies. */
    void mergeInto(ExamTicket other) {
        if (!isActive() || !other.isActive() || other == this || !idNumber.equals(other.idNumber)) {
            throw new IllegalStateException("only two active tickets of one person merge");
        }
        this.mergedInto = other;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getName() {
        return name;
    }

    public ExamTicket getMergedInto() {
        return mergedInto;
    }
}
