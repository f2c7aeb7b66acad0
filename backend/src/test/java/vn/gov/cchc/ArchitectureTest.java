package vn.gov.cchc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The boundaries the architecture promises, checked on the compiled classes (and, for JPQL, on the
 * sources): a plain JUnit test, no Quarkus.
 *
 * <ul>
 * <li>A <b>feature</b> is a top-level package under {@code vn.gov.cchc} ({@code plan}, {@code task},
 * {@code report}…; sub-packages such as {@code task.importing} belong to their feature).
 * {@code common} and {@code security} are used by every feature.</li>
 * <li><b>Who may</b>: only {@code security/} reads the caller's roles or unit ({@code CurrentUser}'s
 * {@code has}, {@code hasAny}, {@code isAdmin}, {@code roles}, {@code unit}, {@code writeScope});
 * features ask {@code AccessPolicy} or {@code ReportAccess}. Who the caller is ({@code username},
 * {@code displayName}) may be read anywhere, to record who did something.</li>
 * <li><b>Entities</b> are Panache entities. A feature calls the static methods of its own entities only
 * ({@code find*}, {@code list*}, {@code count}, {@code delete}, {@code getEntityManager}…), and its JPQL
 * names its own entities only ({@code from X}, {@code update X}, {@code delete from X}, {@code join X}
 * with X an entity of another feature is a violation); another feature's data comes through that
 * feature's service. Following a mapped association ({@code r.plan.issuingUnit}) is allowed.</li>
 * <li><b>demo/</b> is the loader that composes features at start-up: it is a feature like the others
 * (it goes through the features' services, never their entities' finders), and no feature depends
 * on it.</li>
 * <li>Top-level packages form no cycle.</li>
 * </ul>
 */
class ArchitectureTest {

    static final String BASE = "vn.gov.cchc";
    static final Set<String> SHARED = Set.of("common", "security");
    static final Set<String> CALLER_READS = Set.of("has", "hasAny", "isAdmin", "roles", "unit", "writeScope");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    /** "plan" for vn.gov.cchc.plan.PlanService and vn.gov.cchc.plan.x.Y; null outside the base package. */
    static String feature(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(BASE + ".")) {
            return null;
        }
        String rest = pkg.substring(BASE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static boolean isEntity(JavaClass c) {
        return c.isAssignableTo(PanacheEntityBase.class) && !c.getName().equals(PanacheEntityBase.class.getName());
    }

    @Test
    void onlySecurityReadsTheCallersRolesOrUnit() {
        noClasses().that().resideOutsideOfPackage(BASE + ".security..")
                .should().callMethodWhere(DescribedPredicate.describe("CurrentUser." + CALLER_READS,
                        (JavaCall<?> call) -> call.getTargetOwner().getName().equals(BASE + ".security.CurrentUser")
                                && CALLER_READS.contains(call.getName())))
                .because("who may do what is decided in security/ (AccessPolicy, ReportAccess), not in features")
                .check(classes);
    }

    @Test
    void noFeatureCallsAnotherFeaturesEntityFinders() {
        ArchCondition<JavaClass> ownEntitiesOnly = new ArchCondition<>("call static methods only on their own feature's entities") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String mine = feature(item);
                for (JavaAccess<?> access : item.getAccessesFromSelf()) {
                    if (!(access instanceof JavaCall<?> call)) {
                        continue;
                    }
                    JavaClass owner = call.getTargetOwner();
                    if (!isEntity(owner) || mine == null || mine.equals(feature(owner))) {
                        continue;
                    }
                    boolean isStatic = call.getTarget().resolveMember()
                            .map(m -> m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
                            .orElse(true);
                    if (isStatic) {
                        events.add(SimpleConditionEvent.violated(item, call.getDescription()
                                + ": another feature's entity; call " + feature(owner) + "/'s service"));
                    }
                }
            }
        };
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideInAPackage(BASE + "..")
                .should(ownEntitiesOnly).check(classes);
    }

    static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    static final Pattern JPQL_ENTITY = Pattern
            .compile("(?i:\\bfrom|\\bupdate|\\bjoin(?:\\s+fetch)?|\\binto)\\s+([A-Z][A-Za-z0-9_]*)\\b");

    @Test
    void noFeatureWritesJpqlOnAnotherFeaturesEntity() throws IOException {
        Map<String, String> entityFeature = new HashMap<>();
        for (JavaClass c : classes) {
            if (isEntity(c) && c.isAnnotatedWith("jakarta.persistence.Entity")) {
                entityFeature.put(c.getSimpleName(), feature(c));
            }
        }
        Assertions.assertTrue(entityFeature.containsKey("Plan") && entityFeature.containsKey("Report"),
                "entities found: " + entityFeature);
        Path root = Path.of("src", "main", "java", "vn", "gov", "cchc");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String mine = root.relativize(file).getName(0).toString();
                if (mine.endsWith(".java")) {
                    continue;
                }
                String source = Files.readString(file);
                Matcher s = STRING.matcher(source);
                while (s.find()) {
                    String literal = s.group(1) != null ? s.group(1) : s.group(2);
                    Matcher m = JPQL_ENTITY.matcher(literal);
                    while (m.find()) {
                        String owner = entityFeature.get(m.group(1));
                        if (owner != null && !owner.equals(mine)) {
                            violations.add(file + ": \"" + literal.strip() + "\" names " + m.group(1) + " of " + owner + "/");
                        }
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Assertions.assertEquals(List.of(), violations, "JPQL over another feature's entity: go through its service");
    }

    @Test
    void topLevelPackagesFormNoCycle() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noFeatureDependsOnTheDemoLoader() {
        noClasses().that().resideOutsideOfPackage(BASE + ".demo..").should().dependOnClassesThat()
                .resideInAPackage(BASE + ".demo..").check(classes);
    }

    @Test
    void sharedPackagesDependOnNoFeatureButUnitsAndEachOther() {
        // common/ is used by everyone and uses no feature; security/ resolves the caller's unit through unit/
        noClasses().that().resideInAPackage(BASE + ".common..")
                .should().dependOnClassesThat(DescribedPredicate.describe("a feature",
                        (JavaClass c) -> feature(c) != null && !SHARED.contains(feature(c))))
                .check(classes);
        noClasses().that().resideInAPackage(BASE + ".security..")
                .should().dependOnClassesThat(DescribedPredicate.describe("a feature other than unit",
                        (JavaClass c) -> feature(c) != null && !SHARED.contains(feature(c)) && !"unit".equals(feature(c))))
                .check(classes);
    }
}
