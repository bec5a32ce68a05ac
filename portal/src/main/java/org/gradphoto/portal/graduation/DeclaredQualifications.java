package org.gradphoto.portal.graduation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.graduation.exemption.Qualification;

/** What a candidate declares to hold that may exempt courses: qualification codes, each once, in order given. */
@Embeddable
public class DeclaredQualifications {

    /** Fits the column with room to spare; far more than any candidate holds. */
    private static final int MAX_LENGTH = 2000;

    /** The codes separated by '|'. */
    @Column(name = "qualifications", nullable = false)
    private String codes = "";

    protected DeclaredQualifications() {
    }

    DeclaredQualifications(List<Qualification> held) {
        Set<String> unique = new LinkedHashSet<>();
        held.forEach(q -> unique.add(q.code()));
        String joined = String.join("|", unique);
        if (joined.length() > MAX_LENGTH) {
            throw new RefusedException("application.error.too_many_qualifications");
        }
        this.codes = joined;
    }

    Set<String> codes() {
        return codes.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(codes.split("\\|")));
    }

    public List<Qualification> list() {
        return codes().stream().map(Qualification::parse).toList();
    }
}
