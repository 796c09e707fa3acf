package no.kobling.shared.cli;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/** Runs the {@link KoblingCommand} named by the first program argument, if any, and records its exit code. */
@Component
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private final List<KoblingCommand> commands;
    private int exitCode;

    CommandRunner(List<KoblingCommand> commands) {
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        String[] raw = args.getSourceArgs();
        if (!CommandLineModes.isCommand(raw)) {
            return;
        }
        KoblingCommand command = commands.stream().filter(c -> c.name().equals(raw[0])).findFirst().orElse(null);
        if (command == null) {
            System.err.println("Unknown command " + raw[0] + ". Commands:");
            commands.forEach(c -> System.err.println("  " + c.usage()));
            exitCode = 2;
            return;
        }
        exitCode = command.run(Arrays.asList(raw).subList(1, raw.length));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
