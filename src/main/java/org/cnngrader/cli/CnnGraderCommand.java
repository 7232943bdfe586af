package org.cnngrader.cli;

import picocli.CommandLine.Command;

/** {@code cnn-grader}: the top-level command; its subcommands do the work. */
@Command(name = "cnn-grader", mixinStandardHelpOptions = true, version = "cnn-grader 0.1.0",
        description = "Grades homework on convolutional neural networks against answers recomputed by a"
                + " PyTorch-exact engine.",
        subcommands = {GradeCommand.class, CheckCommand.class, TemplateCommand.class, ValidateCommand.class, KeyCommand.class, EvalCommand.class,
            ServeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:internal error",
            "2:usage, rubric or expression error",
            "3:graded, but some submissions were unreadable",
            "4:check --require-full: a part graded automatically is not full marks"})
final class CnnGraderCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. eval");
    }
}
