package org.cnngrader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rooms of DESIGN.md §1 and who may use whom. */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cnngrader");

    @Test
    void packagesUseOnlyTheRoomsDesignAllows() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("engine").definedBy("org.cnngrader.engine..")
                .layer("expr").definedBy("org.cnngrader.expr..")
                .layer("rubric").definedBy("org.cnngrader.rubric..")
                .layer("sheet").definedBy("org.cnngrader.sheet..")
                .layer("grading").definedBy("org.cnngrader.grading..")
                .layer("report").definedBy("org.cnngrader.report..")
                .layer("cli").definedBy("org.cnngrader.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("grading").mayOnlyBeAccessedByLayers("report", "cli")
                .whereLayer("sheet").mayOnlyBeAccessedByLayers("grading", "report", "cli")
                .whereLayer("rubric").mayOnlyBeAccessedByLayers("grading", "report", "cli")
                .whereLayer("expr").mayOnlyBeAccessedByLayers("rubric", "grading", "report", "cli")
                .withOptionalLayers(true)
                .check(CLASSES);
    }

    @Test
    void theEngineUsesNothingButTheJdk() {
        noClasses().that().resideInAPackage("org.cnngrader.engine..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.cnngrader.engine..", "java..")
                .check(CLASSES);
    }

    @Test
    void theEngineDoesNoIo() {
        noClasses().that().resideInAPackage("org.cnngrader.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..")
                .check(CLASSES);
    }

    @Test
    void sheetReadersKnowNothingAboutGrading() {
        noClasses().that().resideInAPackage("org.cnngrader.sheet..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cnngrader.grading..", "org.cnngrader.report..",
                        "org.cnngrader.rubric..", "org.cnngrader.expr..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void onlyTheCliExitsTheJvmOrKnowsPicocli() {
        noClasses().that().resideOutsideOfPackage("org.cnngrader.cli..")
                .should().callMethod(System.class, "exit", int.class)
                .orShould().dependOnClassesThat().resideInAPackage("picocli..")
                .check(CLASSES);
    }
}
