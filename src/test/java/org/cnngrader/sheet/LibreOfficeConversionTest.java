package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The corpus's Word and OpenDocument submissions exported to PDF by LibreOffice here and now, as a student
 * would (`soffice --headless --convert-to pdf`), read as their authors meant: the committed PDFs are one
 * LibreOffice's output, this is the installed one's. Needs LibreOffice: without it the test is skipped and says
 * why, unless {@code CNN_GRADER_REQUIRE_LIBREOFFICE=1} (as CI sets), which makes it fail.
 */
class LibreOfficeConversionTest {

    private static final String PRODUCER = "LibreOffice";

    @Test
    void documentsExportedByLibreOfficeAreReadAsMeant() throws Exception {
        // Relative, as the corpus's paths are: reports name a file by its path below the corpus.
        Path directory = Path.of("target", "libreoffice-export");
        Path soffice = soffice();
        List<Corpus.Entry> exported = new ArrayList<>();
        for (Corpus.Entry entry : Corpus.entries(Corpus.EXPECTED)) {
            if (entry.producer().startsWith(PRODUCER) && entry.format().equals("pdf")) {
                exported.add(entry);
            }
        }
        assertThat(exported).as("the corpus's LibreOffice PDFs").hasSizeGreaterThanOrEqualTo(4);
        List<String> misread = new ArrayList<>();
        for (Corpus.Entry entry : exported) {
            Path source = source(entry.submission());
            Path pdf = convert(soffice, source, directory.resolve(entry.rubricStem()));
            Corpus.Entry fresh = new Corpus.Entry(pdf, entry.sidecar(), entry.rubricStem(), entry.producer(),
                    entry.lines());
            for (CorpusTest.Outcome outcome : CorpusTest.compare(fresh)) {
                if (!outcome.asMeant()) {
                    misread.add(entry.name() + " " + outcome.part() + ": expected " + outcome.expected() + ", read "
                            + outcome.read());
                }
            }
        }
        assertThat(misread).as("parts of freshly exported PDFs not read as meant").isEmpty();
    }

    /** The {@code .odt} or {@code .docx} beside a PDF, which LibreOffice exported it from. */
    private static Path source(Path pdf) {
        String stem = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
        for (String extension : List.of(".odt", ".docx")) {
            Path source = pdf.resolveSibling(stem + extension);
            if (Files.isRegularFile(source)) {
                return source;
            }
        }
        throw new AssertionError("no .odt or .docx beside " + pdf);
    }

    private static Path convert(Path soffice, Path source, Path into) throws IOException, InterruptedException {
        Files.createDirectories(into);
        Path profile = Files.createTempDirectory("soffice-profile");
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", into.toString(), source.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice converts " + source).isTrue();
        Path pdf = into.resolve(source.getFileName().toString().replaceFirst("\\.(odt|docx)$", ".pdf"));
        assertThat(pdf).as("soffice's PDF of " + source).isRegularFile();
        return pdf;
    }

    private static Path soffice() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        String reason = "LibreOffice (soffice) is not on the PATH: apt-get install libreoffice-writer libreoffice-math";
        if ("1".equals(System.getenv("CNN_GRADER_REQUIRE_LIBREOFFICE"))) {
            throw new AssertionError(reason + " (CNN_GRADER_REQUIRE_LIBREOFFICE=1)");
        }
        System.out.println("LibreOfficeConversionTest skipped: " + reason);
        Assumptions.abort(reason);
        return null;
    }
}
