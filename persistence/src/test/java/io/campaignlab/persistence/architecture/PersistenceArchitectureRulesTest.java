package io.campaignlab.persistence.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.campaignlab.testsupport.ArchitectureRules;

/** The shared architecture rules (test-support), on this module's main classes. */
@AnalyzeClasses(packages = "io.campaignlab.persistence", importOptions = ImportOption.DoNotIncludeTests.class)
class PersistenceArchitectureRulesTest {

    @ArchTest
    static final ArchTests shared = ArchTests.in(ArchitectureRules.class);
}
