package org.gradphoto.engine.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnginePackagesTest {

    /** The facade's own package is a slice too: a feature that needs the facade's types closes a cycle. */
    private static final SliceAssignment FIRST_LEVEL = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String name = type.getPackageName();
            if (name.equals("org.gradphoto.engine")) {
                return SliceIdentifier.of("facade");
            }
            if (name.startsWith("org.gradphoto.engine.")) {
                return SliceIdentifier.of(name.substring("org.gradphoto.engine.".length()).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the engine's facade package and each first-level package below it";
        }
    };

    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gradphoto.engine");
    }

    @Test
    void featurePackagesAndTheFacadeFormNoCycle() {
        slices().assignedFrom(FIRST_LEVEL).should().beFreeOfCycles().check(engine);
    }

    @Test
    void rulePackagesDependOnlyOnTheRuleBaseNotOnEachOther() {
        slices().matching("org.gradphoto.engine.rules.(*)..").should().notDependOnEachOther().check(engine);
    }
}
