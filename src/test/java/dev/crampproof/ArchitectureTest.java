package dev.crampproof;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the shape of architecture.md true: the rules are plain Java and depend on nothing. */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.crampproof");
    }

    @Test
    void the_plan_rules_use_nothing_but_the_jdk() {
        classes().that().resideInAPackage("dev.crampproof.plan..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.crampproof.plan..", "java..")
                .check(main);
    }

    @Test
    void features_depend_inward_on_the_plan_never_the_other_way() {
        noClasses().that().resideInAPackage("dev.crampproof.plan..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.crampproof.runner..",
                        "dev.crampproof.system..")
                .check(main);
    }

    @Test
    void entities_stay_out_of_the_rules() {
        classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should().resideInAnyPackage("dev.crampproof.runner..", "dev.crampproof.coach..")
                .check(main);
    }

    /** runner knows nothing of tracking or coaches (it asks coaches through CoachDirectory). */
    @Test
    void the_runner_side_depends_on_no_later_feature() {
        noClasses().that().resideInAPackage("dev.crampproof.runner..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.crampproof.tracking..",
                        "dev.crampproof.coach..")
                .check(main);
    }

    @Test
    void tracking_does_not_depend_on_coaches() {
        noClasses().that().resideInAPackage("dev.crampproof.tracking..")
                .should().dependOnClassesThat().resideInAPackage("dev.crampproof.coach..")
                .check(main);
    }
}
