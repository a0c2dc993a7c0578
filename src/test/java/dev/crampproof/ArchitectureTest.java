package dev.crampproof;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

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

    /**
     * A repository is injected @Lazy: made on first use, so the main thread does not wait for
     * Hibernate while it sets up the web layer (system.DatabaseStartUp; without it the database's
     * own thread gained nothing at start-up, docs/performance.md, "Start-up, sixth round").
     */
    @Test
    void repositories_are_injected_lazily() {
        // not the subclasses Spring generates at build time (process-aot) to proxy these
        classes().that().resideInAPackage("dev.crampproof..").and().haveNameNotMatching(".*\\$\\$SpringCGLIB\\$\\$.*")
                .should(new ArchCondition<JavaClass>("take repositories only as @Lazy constructor parameters") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        type.getConstructors().forEach(constructor -> {
                            for (JavaParameter parameter : constructor.getParameters()) {
                                boolean repository = parameter.getRawType().isAssignableTo(Repository.class);
                                boolean eager = repository && !parameter.isAnnotatedWith(Lazy.class);
                                events.add(new SimpleConditionEvent(constructor, !eager,
                                        constructor.getFullName() + " takes " + parameter.getRawType().getName()
                                                + (eager ? " without @Lazy" : "")));
                            }
                        });
                    }
                })
                .check(main);
    }

    /**
     * Repositories fetch with JPQL joins, not entity graphs: Hibernate keeps the SQL it translates
     * a query into, except for a query with an entity graph, which it translates anew on every
     * call (8 % of the plan JSON's CPU; docs/performance.md, "Seventh round").
     */
    @Test
    void repository_queries_have_no_entity_graph() {
        noMethods().that().areDeclaredInClassesThat().areAssignableTo(Repository.class)
                .should().beAnnotatedWith(EntityGraph.class).check(main);
    }
}
