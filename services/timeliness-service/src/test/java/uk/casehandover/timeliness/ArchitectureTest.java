package uk.casehandover.timeliness;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The calendar and the clock rules are plain rules (no framework, no database, no wire); the HTTP adapter reads, it
 * never consumes or publishes.
 */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("uk.casehandover.timeliness");

    @Test
    void theWorkingDayCalendarKnowsNoFrameworkDatabaseOrWireFormat() {
        noClasses().that().resideInAPackage("uk.casehandover.timeliness.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "org.apache.avro..", "java.sql..", "javax.sql..", "jakarta.servlet..", "uk.casehandover.runtime..",
                        "uk.casehandover.timeliness.v1..", "uk.casehandover.common..")
                .because("the calendar is a rule about dates; where its list comes from is configuration")
                .check(classes);
    }

    @Test
    void theClockRulesKnowNoFrameworkOrDatabase() {
        noClasses().that().haveSimpleName("ClockRules").or().haveSimpleName("ClockAction")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "uk.casehandover.runtime..", "uk.casehandover.timeliness.messaging..")
                .check(classes);
    }

    @Test
    void theHttpAdapterNeitherConsumesNorPublishes() {
        noClasses().that().resideInAPackage("uk.casehandover.timeliness.web..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.casehandover.timeliness.messaging..",
                        "uk.casehandover.runtime..", "org.apache.kafka..")
                .check(classes);
    }
}
