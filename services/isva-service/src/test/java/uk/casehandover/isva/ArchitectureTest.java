package uk.casehandover.isva;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain stays free of frameworks and wire formats; adapters talk to the domain, not to each other. */
class ArchitectureTest {

    private static final String DOMAIN = "uk.casehandover.isva.victimupdate";
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("uk.casehandover.isva");

    @Test
    void theDomainKnowsNoSpringKafkaAvroJdbcOrHttp() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.apache.kafka..", "org.apache.avro..", "java.sql..", "javax.sql..",
                        "jakarta.servlet..", "java.net.http..", "tools.jackson..", "com.fasterxml..",
                        "uk.casehandover.runtime..", "uk.casehandover.common..", "uk.casehandover.police..",
                        "uk.casehandover.isva.v1..", "uk.casehandover.cps..", "io.swagger..", "org.springdoc..")
                .because("domain code holds the business rules only; adapters translate")
                .check(classes);
    }

    @Test
    void theDomainDoesNotReachIntoItsAdapters() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(DOMAIN + ".web..", DOMAIN + ".messaging..",
                        DOMAIN + ".persistence..", "uk.casehandover.isva.web..", "uk.casehandover.isva.access..")
                .check(classes);
    }

    @Test
    void adaptersDoNotUseEachOther() {
        noClasses().that().resideInAPackage(DOMAIN + ".web..")
                .should().dependOnClassesThat().resideInAnyPackage(DOMAIN + ".messaging..", DOMAIN + ".persistence..")
                .check(classes);
        noClasses().that().resideInAPackage(DOMAIN + ".messaging..")
                .should().dependOnClassesThat().resideInAnyPackage(DOMAIN + ".web..", DOMAIN + ".persistence..")
                .check(classes);
        noClasses().that().resideInAPackage(DOMAIN + ".persistence..")
                .should().dependOnClassesThat().resideInAnyPackage(DOMAIN + ".web..", DOMAIN + ".messaging..")
                .check(classes);
    }

    @Test
    void onlyTheMessagingAdapterSpeaksAvro() {
        noClasses().that().resideOutsideOfPackage(DOMAIN + ".messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.casehandover.common..",
                        "uk.casehandover.police..", "uk.casehandover.isva.v1..", "org.apache.avro..")
                .check(classes);
    }
}
