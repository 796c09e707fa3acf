package no.kobling.shared.cli;

import java.util.List;

/**
 * A command-line mode of the application: {@code java -jar kobling.jar <name> [args...]} runs the command without the
 * web server and exits with its return code. Implement as a Spring bean in the module that owns the work.
 */
public interface KoblingCommand {

    /** The first program argument that selects this command, e.g. "import". */
    String name();

    /** One line for the usage text. */
    String usage();

    /** Runs the command; returns the process exit code (0 = success). */
    int run(List<String> args) throws Exception;
}
