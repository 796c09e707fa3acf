package no.kobling.event.cli;

import java.util.List;
import no.kobling.shared.cli.KoblingCommand;
import org.springframework.stereotype.Component;

/**
 * The "schedule" command when the application context is running anyway (e.g. started through
 * {@code SpringApplicationBuilder}); {@code java -jar} dispatches to {@link ScheduleCommandLine} without Spring.
 */
@Component
class ScheduleCommand implements KoblingCommand {

    @Override
    public String name() {
        return "schedule";
    }

    @Override
    public String usage() {
        return ScheduleCommandLine.USAGE_TEXT;
    }

    @Override
    public int run(List<String> args) {
        return ScheduleCommandLine.run(args, System.out, System.err);
    }
}
