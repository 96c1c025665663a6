package dev.crosswalk.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crosswalk} command: subcommands for serving, validating and (later) analysing. */
@Command(name = "crosswalk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Knowledge graph and reasoning service for AI-governance regulation crosswalks.",
        subcommands = {ServeCommand.class, ValidateCommand.class, ClassifyCommand.class, AnalysisCommands.Gaps.class, AnalysisCommands.Soa.class,
                AnalysisCommands.ImsPlan.class, CalendarCommand.class, QueryCommand.class, ExportCommand.class, ImportCommand.class, SuggestCommand.class, StoreCommand.class, KeysCommand.class, CommandLine.HelpCommand.class})
public final class CrosswalkCli {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (for tests). */
    public static int run(String... args) {
        return new CommandLine(new CrosswalkCli()).execute(args);
    }
}
