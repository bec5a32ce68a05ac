package org.gradphoto.portal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gradphoto.portal.PortalApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The portal's modules as Spring Modulith sees them: no cycles, no module reaching into another's internals, and
 * the committed diagram (docs/architecture/modules.puml) the one the code makes today. After a change of the modules,
 * regenerate it with {@code mvn -pl portal test -Dtest=ModularityTests -Dgradphoto.docs.update=true}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);

    static final Path COMMITTED = Path.of("..", "docs", "architecture", "modules.puml");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void theModulesAreTheOnesTheArchitectureNames() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrder("account", "files",
                "decision", "photo", "graduation", "collection", "messages", "info", "notice", "contact", "notify", "print", "monitoring", "jobs", "admin", "api", "web", "table", "demo");
    }

    @Test
    void theCommittedDiagramIsTheOneTheCodeMakes() throws IOException {
        Path out = Path.of("target", "modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString())).writeModulesAsPlantUml();
        String made = Files.readString(out.resolve("components.puml"), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("gradphoto.docs.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, made, StandardCharsets.UTF_8);
        }
        // the Documenter's order of elements is not part of the diagram: compare the lines, not their order
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8).lines().sorted().toList())
                .as("docs/architecture/modules.puml is stale: regenerate it with -Dgradphoto.docs.update=true")
                .isEqualTo(made.lines().sorted().toList());
    }
}
