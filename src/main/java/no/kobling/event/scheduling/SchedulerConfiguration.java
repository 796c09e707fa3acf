package no.kobling.event.scheduling;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scheduler the event module's background job uses. */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    @Bean
    MeetingScheduler meetingScheduler() {
        return new FirstFitScheduler();
    }
}
