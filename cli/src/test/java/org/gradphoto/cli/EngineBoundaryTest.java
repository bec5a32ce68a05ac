package org.gradphoto.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.gradphoto.engine.testing.EngineApi;
import org.junit.jupiter.api.Test;

class EngineBoundaryTest {

    @Test
    void usesTheEngineOnlyThroughItsApi() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gradphoto.cli");
        EngineApi.usedOnlyThroughItsApi().check(classes);
    }
}
