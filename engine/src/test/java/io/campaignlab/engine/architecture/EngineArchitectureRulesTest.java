package io.campaignlab.engine.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.campaignlab.testsupport.ArchitectureRules;

/** The shared architecture rules (test-support), on this module's main classes. */
@AnalyzeClasses(packages = "io.campaignlab.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureRulesTest {

    @ArchTest
    static final ArchTests shared = ArchTests.in(ArchitectureRules.class);
}
