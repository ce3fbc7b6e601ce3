package vn.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/** The JPMS descriptor exports only the public API packages (not {@code vn.ocop.internal}) and requires the data. */
class ModuleDescriptorTest {
    @Test
    void exportsOnlyTheApi() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of(OcopException.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        try (InputStream in = java.nio.file.Files.newInputStream(classes.resolve("module-info.class"))) {
            ModuleDescriptor d = ModuleDescriptor.read(in);
            assertThat(d.name()).isEqualTo("vn.ocop.core");
            assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source)
                    .containsExactlyInAnyOrder("vn.ocop", "vn.ocop.rubric", "vn.ocop.scoring", "vn.ocop.product",
                            "vn.ocop.process",
                            "vn.ocop.rulecheck", "vn.ocop.area", "vn.ocop.registry", "vn.ocop.indicator",
                            "vn.ocop.plan", "vn.ocop.statistics", "vn.ocop.format", "vn.ocop.sheetio", "vn.ocop.minutes", "vn.ocop.register");
            // the bundled data is a module of its own that the engine requires, so the module path resolves it
            assertThat(d.requires()).extracting(ModuleDescriptor.Requires::name).contains("vn.ocop.rubric.data");
        }
    }
}
