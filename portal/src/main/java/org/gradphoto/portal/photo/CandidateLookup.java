package org.gradphoto.portal.photo;

import java.util.Set;

/**
 * Another way staff name a candidate when they search the review queue (an exam ticket number), offered by the
 * module that knows it, so that photo review needs no knowledge of that module.
 */
public interface CandidateLookup {

    /** The ID numbers {@code term} stands for; empty when it names none. */
    Set<String> idNumbersNamedBy(String term);
}
