package io.campaignlab.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.properties.HasParameterTypes.Predicates.rawParameterTypes;
import static com.tngtech.archunit.base.DescribedPredicate.and;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module arrows of STYLE.md, enforced on the compiled classes of every module (app sees them all). */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.campaignlab");
    }

    @Test
    void engineAndPersistenceUseNoUserInterfaceToolkit() {
        ArchRule rule = noClasses().that().resideInAnyPackage("io.campaignlab.engine..", "io.campaignlab.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                        "org.controlsfx..", "org.jfree..")
                .because("the engine and the workspace run headless, in the CLI, tests and the decision API");
        rule.check(classes);
    }

    @Test
    void engineUsesNoJdbcAndNoPersistence() {
        ArchRule rule = noClasses().that().resideInAPackage("io.campaignlab.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                        "org.flywaydb..", "io.campaignlab.persistence..", "io.campaignlab.views..", "io.campaignlab.app..")
                .because("the engine owns the ports; persistence implements them (Tribuo's DataSource shape)");
        rule.check(classes);
    }

    @Test
    void persistenceDoesNotReachUp() {
        ArchRule rule = noClasses().that().resideInAPackage("io.campaignlab.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("io.campaignlab.views..", "io.campaignlab.app..")
                .because("persistence -> engine is the only arrow out of persistence");
        rule.check(classes);
    }

    @Test
    void viewsUseNoSql() {
        ArchRule rule = noClasses().that().resideInAPackage("io.campaignlab.views..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                        "io.campaignlab.persistence..", "io.campaignlab.app..")
                .because("views talk to engine ports only; SQL on the JavaFX thread freezes the window")
                .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        ArchRule rule = slices().matching("io.campaignlab.(*).(*)..").should().beFreeOfCycles()
                .because("features depend on each other in one direction only");
        rule.check(classes);
    }

    /**
     * DJL's {@code NDArray.mul(Number)} and its kin wrap the number in a CPU tensor that borrows a direct buffer
     * (torch.from_blob) and close it after the call. Autograd keeps that tensor for the backward pass (mul, div,
     * pow, maximum and minimum save their operand), so once the collector frees the buffer the gradient reads freed
     * memory: training then depended on garbage-collection timing, and diverged with a NaN loss when the freed
     * memory held NaNs. Scalars go through {@code engine.device.Scalars}, whose tensors own their storage.
     */
    @Test
    void noBorrowedScalarsInNdArrayArithmetic() {
        ArchRule rule = noClasses().that().resideInAPackage("io.campaignlab..")
                .should().callMethodWhere(target(and(owner(assignableTo("ai.djl.ndarray.NDArray")),
                        nameMatching("(mul|div|pow|mod|maximum|minimum|rdiv|rsub|rpow|rmod)i?"),
                        rawParameterTypes(Number.class))))
                .because("the scalar tensor DJL makes for a Number borrows a buffer the collector frees while"
                        + " autograd still holds it");
        rule.check(classes);
    }
}
