package org.gradphoto.outsider;

import org.gradphoto.engine.PhotoEngine;
import org.gradphoto.engine.fix.FixResult;
import org.gradphoto.engine.inspection.Verdict;

/** Uses the facade and the result types only. */
final class KeepsToTheApi {

    Object[] used() {
        return new Object[] {PhotoEngine.class, FixResult.Fixed.class, Verdict.PASS};
    }
}
