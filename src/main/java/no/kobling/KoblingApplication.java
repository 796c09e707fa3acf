package no.kobling;

import no.kobling.event.cli.ScheduleCommandLine;
import no.kobling.shared.backup.EmbeddedBackup;
import no.kobling.shared.cli.CommandLineModes;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KoblingApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "schedule".equals(args[0])) {
            // the meeting scheduler needs no database or context: solve the file and exit
            ScheduleCommandLine.runAndExit(args);
            return;
        }
        if (EmbeddedBackup.isCommand(args)) {
            // backup/restore of the embedded default (issue 19): the database must be closed, so no context
            System.exit(EmbeddedBackup.run(args));
            return;
        }
        SpringApplication app = new SpringApplication(KoblingApplication.class);
        if (CommandLineModes.isCommand(args)) {
            // a command (import, reindex, ...): no web server, no jobs, lazy beans; exit with the command's code
            CommandLineModes.prepare(app);
            ConfigurableApplicationContext context = app.run(args);
            System.exit(SpringApplication.exit(context));
        }
        app.run(args);
    }
}
