package uk.casehandover.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The log's domain (entries, facts, case history) stays free of frameworks and adapters; the Merkle tree and the
 * signatures live in transparency-log, which has no dependencies at all. Adapters reach the database only through
 * the application service, and Avro and Kafka only in the messaging adapter.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.casehandover.audit");

    @Test
    void theDomainUsesNoSpringKafkaAvroJdbcOrHttp() {
        noClasses().that().resideInAPackage("uk.casehandover.audit.log")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "org.apache.avro..", "java.sql..", "javax.sql..", "jakarta.servlet..", "tools.jackson..",
                        "com.fasterxml..", "uk.casehandover.runtime..", "uk.casehandover.common..", "uk.casehandover.audit.v1..")
                .check(CLASSES);
    }

    @Test
    void theDomainDependsOnNoAdapterOrApplicationService() {
        noClasses().that().resideInAPackage("uk.casehandover.audit.log")
                .should().dependOnClassesThat().resideInAnyPackage("uk.casehandover.audit.log.web..",
                        "uk.casehandover.audit.log.messaging..", "uk.casehandover.audit.log.persistence..",
                        "uk.casehandover.audit.log.application..")
                .check(CLASSES);
    }

    @Test
    void adaptersReachTheDatabaseOnlyThroughTheApplicationService() {
        noClasses().that().resideInAnyPackage("uk.casehandover.audit.log.web..", "uk.casehandover.audit.log.messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.casehandover.audit.log.persistence..", "java.sql..",
                        "org.springframework.jdbc..")
                .check(CLASSES);
    }

    @Test
    void avroAndKafkaLiveOnlyInTheMessagingAdapter() {
        noClasses().that().resideInAnyPackage("uk.casehandover.audit.log.web..", "uk.casehandover.audit.log.persistence..",
                        "uk.casehandover.audit.log.application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.avro..", "org.apache.kafka..",
                        "uk.casehandover.common.v1..", "uk.casehandover.audit.v1..", "uk.casehandover.police.v1..",
                        "uk.casehandover.cps.v1..", "uk.casehandover.isva.v1..")
                .check(CLASSES);
    }
}
