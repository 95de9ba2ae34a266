package uk.casehandover.police;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain (aggregate, state machine, commands, facts, ports) stays free of frameworks and adapters. */
@AnalyzeClasses(packages = "uk.casehandover.police.casefile", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "uk.casehandover.police.casefile";

    @ArchTest
    static final ArchRule domainUsesNoFrameworkOrTransport = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "org.apache.avro..", "java.sql..", "javax.sql..",
                    "jakarta.servlet..", "tools.jackson..", "com.fasterxml..", "uk.casehandover.runtime..",
                    "uk.casehandover.common..", "uk.casehandover.police.v1..", "uk.casehandover.cps.v1..",
                    "uk.casehandover.isva.v1..", "io.debezium..")
            .because("the case and its rules must read without Spring, Kafka, Avro, JDBC or HTTP");

    @ArchTest
    static final ArchRule domainKnowsNoAdapter = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(DOMAIN + ".web..", DOMAIN + ".messaging..",
                    DOMAIN + ".persistence..", DOMAIN + ".application..");

    @ArchTest
    static final ArchRule adaptersDoNotReachIntoEachOther = noClasses()
            .that().resideInAnyPackage(DOMAIN + ".web..", DOMAIN + ".persistence..")
            .should().dependOnClassesThat().resideInAnyPackage(DOMAIN + ".messaging..", "org.apache.avro..");

    @ArchTest
    static final ArchRule avroStaysInTheMessagingAdapter = noClasses()
            .that().resideOutsideOfPackage(DOMAIN + ".messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("uk.casehandover.common.v1..",
                    "uk.casehandover.police.v1..", "uk.casehandover.cps.v1..", "uk.casehandover.isva.v1..");
}
