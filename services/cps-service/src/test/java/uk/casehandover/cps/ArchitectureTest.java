package uk.casehandover.cps;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain (aggregate, state machine, commands, facts, ports) stays free of frameworks and adapters. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.casehandover.cps");

    @Test
    void theDomainUsesNoSpringKafkaAvroJdbcOrHttp() {
        noClasses().that().resideInAPackage("uk.casehandover.cps.casefile")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "org.apache.avro..", "java.sql..", "javax.sql..", "jakarta.servlet..", "tools.jackson..",
                        "com.fasterxml..", "uk.casehandover.runtime..", "uk.casehandover.common..",
                        "uk.casehandover.police..", "uk.casehandover.cps.v1..", "uk.casehandover.schemas")
                .check(CLASSES);
    }

    @Test
    void theDomainDependsOnNoAdapter() {
        noClasses().that().resideInAPackage("uk.casehandover.cps.casefile")
                .should().dependOnClassesThat().resideInAnyPackage("uk.casehandover.cps.casefile.web..",
                        "uk.casehandover.cps.casefile.messaging..", "uk.casehandover.cps.casefile.persistence..",
                        "uk.casehandover.cps.casefile.application..")
                .check(CLASSES);
    }

    @Test
    void avroMappingLivesOnlyInTheMessagingAdapter() {
        noClasses().that().resideInAnyPackage("uk.casehandover.cps.casefile.web..",
                        "uk.casehandover.cps.casefile.persistence..", "uk.casehandover.cps.casefile.application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.avro..", "uk.casehandover.cps.v1..",
                        "uk.casehandover.police.v1..", "uk.casehandover.common.v1..", "org.apache.kafka..")
                .check(CLASSES);
    }
}
