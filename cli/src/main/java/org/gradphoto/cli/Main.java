package org.gradphoto.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.gradphoto.cli.batch.BatchCommand;
import org.gradphoto.cli.check.CheckCommand;
import org.gradphoto.cli.fix.FixCommand;
import picocli.CommandLine;

/** Entry point: UTF-8 output whatever the locale (Chinese must print), and never a stack trace. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
                System.console() != null));
    }

    /** Runs the command line with the given streams, not on a terminal; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, false);
    }

    /** Runs the command line; {@code terminal} when output goes to a person's terminal (progress bars redraw). */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        System.setProperty("java.awt.headless", "true");
        // POI logs through Log4j's API; without a provider it complains on stderr about that, not about anything real
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        CommandLine cl = new CommandLine(new GradphotoCommand());
        cl.addSubcommand("check", new CheckCommand(out, err));
        cl.addSubcommand("fix", new FixCommand(out, err));
        cl.addSubcommand("batch", new BatchCommand(out, err, terminal));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            err.println("gradphoto: " + ExitCodes.describe(e));
            return ExitCodes.UNREADABLE;
        });
        return cl.execute(args);
    }
}
