package no.kobling.event.scheduling;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scheduler the event module's background job uses: Timefold Solver with our constructive phase. */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    @Bean
    MeetingScheduler meetingScheduler() {
        return new TimefoldMeetingScheduler();
    }
}
