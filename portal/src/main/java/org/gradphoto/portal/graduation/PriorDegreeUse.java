package org.gradphoto.portal.graduation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.gradphoto.portal.graduation.prior.PriorDegree;

/**
 * What a 本科 application rests on (seed 002): the candidate's prior degree record, or that it is combined with a
 * 专科 application of the same round.
 */
@Embeddable
public class PriorDegreeUse {

    @ManyToOne
    @JoinColumn(name = "prior_degree_id")
    private PriorDegree degree;

    @Column(name = "combined_with_zhuanke", nullable = false)
    private boolean combinedWithZhuanke;

    protected PriorDegreeUse() {
    }

    PriorDegreeUse(PriorDegree degree, boolean combinedWithZhuanke) {
        this.degree = degree;
        this.combinedWithZhuanke = combinedWithZhuanke;
    }

    /** Null when none is used. */
    public PriorDegree getDegree() {
        return degree;
    }

    public boolean isCombinedWithZhuanke() {
        return combinedWithZhuanke;
    }
}
