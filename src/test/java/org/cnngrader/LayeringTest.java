package org.cnngrader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The rooms of DESIGN.md §1 and who may use whom. */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cnngrader");

    /**
     * DESIGN.md §1's table, both ways: each room uses only the rooms its row names (and what those may use), and is
     * used only by the rooms whose rows name it.
     */
    @Test
    void packagesUseOnlyTheRoomsDesignAllows() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("engine").definedBy("org.cnngrader.engine..")
                .layer("expr").definedBy("org.cnngrader.expr..")
                .layer("rubric").definedBy("org.cnngrader.rubric..")
                .layer("sheet").definedBy("org.cnngrader.sheet..")
                .layer("grading").definedBy("org.cnngrader.grading..")
                .layer("report").definedBy("org.cnngrader.report..")
                .layer("batch").definedBy("org.cnngrader.batch..")
                .layer("serve").definedBy("org.cnngrader.serve..")
                .layer("cli").definedBy("org.cnngrader.cli..")
                .whereLayer("engine").mayNotAccessAnyLayer()
                .whereLayer("expr").mayOnlyAccessLayers("engine")
                .whereLayer("rubric").mayOnlyAccessLayers("expr", "engine")
                .whereLayer("sheet").mayOnlyAccessLayers("engine")
                .whereLayer("grading").mayOnlyAccessLayers("rubric", "sheet", "expr", "engine")
                .whereLayer("report").mayOnlyAccessLayers("grading", "rubric", "sheet", "expr", "engine")
                .whereLayer("batch").mayOnlyAccessLayers("rubric", "sheet", "grading", "report", "expr", "engine")
                .whereLayer("serve").mayOnlyAccessLayers("batch", "report", "grading", "rubric", "sheet", "expr",
                        "engine")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("serve").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("batch").mayOnlyBeAccessedByLayers("serve", "cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("batch", "serve", "cli")
                .whereLayer("grading").mayOnlyBeAccessedByLayers("report", "batch", "serve", "cli")
                .whereLayer("sheet").mayOnlyBeAccessedByLayers("grading", "report", "batch", "serve", "cli")
                .whereLayer("rubric").mayOnlyBeAccessedByLayers("grading", "report", "batch", "serve", "cli")
                .whereLayer("expr").mayOnlyBeAccessedByLayers("rubric", "grading", "report", "batch", "serve", "cli")
                .withOptionalLayers(true)
                .check(CLASSES);
    }

    /** The writers show the rubric and values; they never load a rubric, read a submission or grade (§1, report). */
    @Test
    void reportsNeverLoadReadOrGrade() {
        noClasses().that().resideInAPackage("org.cnngrader.report..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.cnngrader.rubric.RubricLoader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.cnngrader.rubric.Givens")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.cnngrader.sheet.Submissions")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.cnngrader.sheet.SheetFormat")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.cnngrader.sheet.CsvSheetReader")
                .orShould().dependOnClassesThat().implement("org.cnngrader.sheet.SheetReader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.cnngrader.grading.Grader")
                .orShould().callMethod("org.cnngrader.grading.ManualScores", "read", "Path")
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
