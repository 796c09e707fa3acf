package no.kobling;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KoblingApplication {

    public static void main(String[] args) {
        SpringApplication.run(KoblingApplication.class, args);
    }
}
