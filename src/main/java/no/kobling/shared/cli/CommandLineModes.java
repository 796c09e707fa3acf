package no.kobling.shared.cli;

import java.util.Set;

/** Program arguments that start a command instead of the web application. */
public final class CommandLineModes {

    /** Known command names; keep in step with the {@link KoblingCommand} beans. */
    public static final Set<String> NAMES = Set.of("import", "reindex", "schedule");

    private CommandLineModes() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && NAMES.contains(args[0]);
    }
}
