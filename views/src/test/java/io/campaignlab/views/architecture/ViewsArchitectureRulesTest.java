package io.campaignlab.views.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.campaignlab.testsupport.ArchitectureRules;
import io.campaignlab.testsupport.ViewModelRules;

/** The shared architecture rules (test-support), on this module's main classes. */
@AnalyzeClasses(packages = "io.campaignlab.views", importOptions = ImportOption.DoNotIncludeTests.class)
class ViewsArchitectureRulesTest {

    @ArchTest
    static final ArchTests shared = ArchTests.in(ArchitectureRules.class);

    @ArchTest
    static final ArchTests viewModels = ArchTests.in(ViewModelRules.class);
}
