package jp.shiori.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/ARCHITECTURE.md, over the compiled classes of library-api, library-ejb,
 * library-batch and library-web as the build put them on this module's classpath. No rule lists exceptions.
 */
class ArchitectureTest {

    /** The shared kernel: the library clock, error codes, the audit log, passwords. Every context may use it. */
    private static final String KERNEL = "common";

    private static JavaClasses shiori;

    @BeforeAll
    static void importAllOfShiori() {
        shiori = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.shiori");
    }

    @Test
    void everyModuleIsOnTheClasspath() {
        for (Module module : Module.values()) {
            assertTrue(shiori.stream().anyMatch(inModule(module)), "classes of library-" + module.folder);
        }
    }

    @Test
    void noContextReachesIntoAnotherContextsInternals() {
        ArchRule rule = classes()
                .should(onlyReachTheirOwnInternals())
                .because("a context's entities and services are its own: others ask through its interface in"
                        + " library-api or observe its events");
        rule.check(shiori);
    }

    @Test
    void onlyLibraryEjbKnowsJpa() {
        noClasses()
                .that(DescribedPredicate.not(inModule(Module.EJB)))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.persistence..")
                .because("entities, queries and the persistence unit live in library-ejb only")
                .check(shiori);
    }

    @Test
    void webAndBatchDependOnTheApiOnly() {
        for (Module client : new Module[] {Module.WEB, Module.BATCH}) {
            noClasses()
                    .that(inModule(client))
                    .should()
                    .dependOnClassesThat(inModule(Module.EJB))
                    .orShould()
                    .dependOnClassesThat(inModule(client == Module.WEB ? Module.BATCH : Module.WEB))
                    .because("web and batch → api ← ejb")
                    .check(shiori);
        }
    }

    @Test
    void theApiDependsOnNoImplementation() {
        noClasses()
                .that(inModule(Module.API))
                .should()
                .dependOnClassesThat(inModule(Module.EJB))
                .orShould()
                .dependOnClassesThat(inModule(Module.WEB))
                .orShould()
                .dependOnClassesThat(inModule(Module.BATCH))
                .check(shiori);
    }

    @Test
    void contextsDoNotDependOnEachOtherInACircle() {
        slices().assignedFrom(CONTEXTS)
                .should()
                .beFreeOfCycles()
                .because("a cycle would make two contexts one")
                .check(shiori);
    }

    /**
     * The bounded context of a class: jp.shiori.holds.internal → holds, jp.shiori.catalog.batch → catalog. The web
     * module's packages (jp.shiori.web.*) are not contexts of the service; they depend on it, never the reverse.
     */
    static Optional<String> contextOf(String packageName) {
        String[] parts = packageName.split("\\.");
        if (parts.length < 3 || !parts[0].equals("jp") || !parts[1].equals("shiori")) {
            return Optional.empty();
        }
        return parts[2].equals("web") ? Optional.empty() : Optional.of(parts[2]);
    }

    private static final SliceAssignment CONTEXTS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return contextOf(javaClass.getPackageName())
                    .map(SliceIdentifier::of)
                    .orElse(SliceIdentifier.ignore());
        }

        @Override
        public String getDescription() {
            return "the bounded contexts of jp.shiori (api, ejb and batch)";
        }
    };

    private static ArchCondition<JavaClass> onlyReachTheirOwnInternals() {
        return new ArchCondition<>("use no other context's ..internal.. classes (the shared kernel excepted)") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = contextOf(origin.getPackageName());
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    Optional<String> theirs = contextOf(target);
                    boolean internal = (target + ".").contains(".internal.");
                    if (internal
                            && theirs.isPresent()
                            && !theirs.equals(own)
                            && !theirs.get().equals(KERNEL)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    /** Which module a class was compiled in, told by where its class file was read from. */
    enum Module {
        API("api"),
        EJB("ejb"),
        BATCH("batch"),
        WEB("web");

        final String folder;

        Module(String folder) {
            this.folder = folder;
        }
    }

    private static DescribedPredicate<JavaClass> inModule(Module module) {
        return DescribedPredicate.describe(
                "compiled in library-" + module.folder,
                c -> c.getSource()
                        .map(s -> s.getUri().toString())
                        .filter(uri -> uri.contains("/library-" + module.folder + "/")
                                || uri.contains("/library-" + module.folder + "-"))
                        .isPresent());
    }
}
