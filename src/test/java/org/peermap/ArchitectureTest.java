package org.peermap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Holds the compiler's one-way stage dependencies: each package may use only the packages listed for it
 * (and the JDK and its libraries). A new package must be added here with its allowed dependencies.
 */
class ArchitectureTest {
    private static final String ROOT = "org.peermap";

    /** package (relative to org.peermap, "" for the facade) -> the peermap packages it may depend on. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("diagnostic", Set.of()),
            Map.entry("model", Set.of()),
            Map.entry("source", Set.of("diagnostic")),
            Map.entry("check", Set.of("diagnostic", "source", "model")),
            Map.entry("anonymise", Set.of("model")),
            Map.entry("layout", Set.of()),
            Map.entry("render", Set.of("model", "anonymise", "layout")),
            Map.entry("output", Set.of()),
            Map.entry("guard", Set.of("model", "output")),
            Map.entry("diff", Set.of("model", "anonymise")),
            Map.entry("", Set.of("diagnostic", "source", "check", "model", "anonymise", "layout", "render", "output", "guard",
                    "diff")),
            Map.entry("pack", Set.of("", "diagnostic", "source", "check", "model", "output", "render", "guard", "diff")),
            Map.entry("watch", Set.of("", "diagnostic", "source", "check", "model", "layout", "output", "guard")),
            Map.entry("cli", Set.of("", "diagnostic", "source", "check", "model", "output", "anonymise", "pack", "diff",
                    "watch")));

    @Test
    void stagesDependOnlyOnEarlierStages() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        assertTrue(classes.size() > 20, "the production classes were found");
        Set<String> violations = new TreeSet<>();
        for (JavaClass c : classes) {
            String from = stage(c.getPackageName());
            Set<String> allowed = ALLOWED.get(from);
            if (allowed == null) {
                violations.add(c.getName() + " is in a package with no entry in ArchitectureTest.ALLOWED");
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getPackageName();
                if (!target.equals(ROOT) && !target.startsWith(ROOT + ".")) {
                    continue;
                }
                String to = stage(target);
                if (!to.equals(from) && !allowed.contains(to)) {
                    violations.add(c.getSimpleName() + " (" + from + ") -> " + d.getTargetClass().getSimpleName()
                            + " (" + to + ")");
                }
            }
        }
        assertEquals(List.of(), List.copyOf(violations));
    }

    private static String stage(String packageName) {
        if (packageName.equals(ROOT)) {
            return "";
        }
        String rest = packageName.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
