package org.gradphoto.engine.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.gradphoto.engine.testing.EngineApi;
import org.junit.jupiter.api.Test;

class EngineApiRuleTest {

    @Test
    void flagsACallerThatReachesAnInternalHelper() throws ClassNotFoundException {
        EvaluationResult result = EngineApi.usedOnlyThroughItsApi().evaluate(outsider("ReachesIntoTheEngine"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("org.gradphoto.engine.image.Mats"))
                .noneMatch(line -> line.contains("Profiles"));
    }

    @Test
    void letsACallerThatKeepsToTheFacadeAndItsResults() throws ClassNotFoundException {
        assertThat(EngineApi.usedOnlyThroughItsApi().evaluate(outsider("KeepsToTheApi")).hasViolation()).isFalse();
    }

    private static JavaClasses outsider(String name) throws ClassNotFoundException {
        return new ClassFileImporter().importClasses(Class.forName("org.gradphoto.outsider." + name));
    }
}
