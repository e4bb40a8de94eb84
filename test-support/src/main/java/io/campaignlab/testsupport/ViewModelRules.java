package io.campaignlab.testsupport;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rules of the views' MVVM split, for the module that has view models. */
public final class ViewModelRules {

    /** A view model, and the classes nested in it: its name ends with ViewModel. */
    static final String VIEW_MODEL = ".*ViewModel(\\$.*)?";

    @ArchTest
    public static final ArchRule VIEW_MODELS_NEVER_TOUCH_NODES = noClasses().that().haveNameMatching(VIEW_MODEL)
            .should().dependOnClassesThat().areAssignableTo("javafx.scene.Node")
            .because("a view model holds state and launches jobs; the view owns the nodes, so that the model can be"
                    + " tested without a screen (STYLE.md, Views: MVVM)");

    private ViewModelRules() {
    }
}
