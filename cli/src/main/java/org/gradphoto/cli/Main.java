package org.gradphoto.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.gradphoto.cli.check.CheckCommand;
import org.gradphoto.cli.fix.FixCommand;
import picocli.CommandLine;

/** Entry point: UTF-8 output whatever the locale (Chinese must print), and never a stack trace. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        System.setProperty("java.awt.headless", "true");
        CommandLine cl = new CommandLine(new GradphotoCommand());
        cl.addSubcommand("check", new CheckCommand(out, err));
        cl.addSubcommand("fix", new FixCommand(out, err));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            err.println("gradphoto: " + ExitCodes.describe(e));
            return ExitCodes.UNREADABLE;
        });
        return cl.execute(args);
    }
}
