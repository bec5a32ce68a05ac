package org.gradphoto.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gradphoto}: the top-level command; the subcommands are added by {@link Main}. */
@Command(name = "gradphoto", mixinStandardHelpOptions = true, version = "gradphoto 0.1.0",
        description = {"学历证书电子注册图像：检查、修正、批量处理。",
            "Graduation-certificate photos: check, fix, batch."})
public final class GradphotoCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "请指定子命令 / specify a subcommand: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
