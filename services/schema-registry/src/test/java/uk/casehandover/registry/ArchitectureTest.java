package uk.casehandover.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry's rules about schemas, subjects and compatibility live in plain Java, free of Spring and adapters. */
class ArchitectureTest {

    private static final String[] DOMAIN = {
        "uk.casehandover.registry.subjects..", "uk.casehandover.registry.compatibility..",
        "uk.casehandover.registry.config..", "uk.casehandover.registry.schema..", "uk.casehandover.registry.errors.."};

    private final JavaClasses classes = new ClassFileImporter().importLocations(List.of(Location.of(
            SchemaRegistryApplication.class.getProtectionDomain().getCodeSource().getLocation())));

    @Test
    void domainCodeDoesNotUseSpring() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..")
                .check(classes);
    }

    @Test
    void domainCodeDoesNotReachIntoAdapters() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "uk.casehandover.registry.web..", "uk.casehandover.registry.store..")
                .check(classes);
    }
}
