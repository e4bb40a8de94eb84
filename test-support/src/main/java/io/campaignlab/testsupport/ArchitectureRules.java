package io.campaignlab.testsupport;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The architecture rules every module's main code keeps. Each module runs them on its own classes with a one-line
 * test: {@code @ArchTest static final ArchTests rules = ArchTests.in(ArchitectureRules.class);} under
 * {@code @AnalyzeClasses(packages = "io.campaignlab.MODULE", importOptions = DoNotIncludeTests.class)}; views adds
 * {@link ViewModelRules}. The size rules (files per package, lines per method) read the sources:
 * {@link SourceSizeTest}.
 */
public final class ArchitectureRules {

    /** The charts packages: views.charts (the look, the pane, export) and each section's views.SECTION.charts. */
    public static final String CHARTS = "io.campaignlab.views..charts..";

    @ArchTest
    public static final ArchRule AWT_ONLY_IN_CHARTS = noClasses().that().resideOutsideOfPackage(CHARTS)
            .should().dependOnClassesThat().resideInAPackage("java.awt..")
            .because("java.awt is JFreeChart's drawing model; everything else draws with JavaFX (STYLE.md, Views)");

    @ArchTest
    public static final ArchRule ONLY_APP_CONSTRUCTS_JDBC_CLASSES = classes()
            .that().resideOutsideOfPackage("io.campaignlab.app..")
            .should(notConstructPublicJdbcClasses())
            .because("app is the one place where persistence is wired to the engine's ports; a persistence class gets"
                    + " the others it needs as ports")
            .allowEmptyShould(true);

    private ArchitectureRules() {
    }

    /**
     * Neither {@code new JdbcX(...)} nor {@code JdbcX::new} for a public {@code Jdbc*} class of Campaign Lab; a
     * constructor's {@code this(...)} or {@code super(...)} is no construction. A package-private {@code Jdbc*} class
     * (a writer a sink hands out) is its package's own business: app could not construct it anyway.
     */
    private static ArchCondition<JavaClass> notConstructPublicJdbcClasses() {
        return new ArchCondition<>("not construct a public Jdbc* class of Campaign Lab") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Stream.concat(item.getConstructorCallsFromSelf().stream(),
                                item.getConstructorReferencesFromSelf().stream())
                        .filter(access -> isPublicJdbcClass(access.getTargetOwner()))
                        .filter(access -> !delegates(access))
                        .forEach(access -> events.add(SimpleConditionEvent.violated(access, describe(access))));
            }
        };
    }

    private static boolean isPublicJdbcClass(JavaClass owner) {
        return owner.getPackageName().startsWith("io.campaignlab.") && owner.getSimpleName().startsWith("Jdbc")
                && owner.getModifiers().contains(JavaModifier.PUBLIC);
    }

    private static boolean delegates(JavaAccess<?> access) {
        return access.getOrigin() instanceof JavaConstructor
                && access.getOriginOwner().isAssignableTo(access.getTargetOwner().getName());
    }

    private static String describe(JavaAccess<?> access) {
        return access.getOrigin().getFullName() + " constructs " + access.getTargetOwner().getName() + " in ("
                + access.getSourceCodeLocation() + ")";
    }
}
