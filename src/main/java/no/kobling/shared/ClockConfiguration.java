package no.kobling.shared;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now", in UTC: a rule takes "today" in the zone that counts for it (docs/time.md, LocalDay). It
 * ticks in whole microseconds, the precision of the databases' timestamps: an instant the application holds is then
 * exactly the instant it stored. With the JDK's nanosecond clock a stored value was rounded (up, half the time), so
 * "due at or before now" missed a row written at that same now (a lost survey reminder in the tests).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return new MicrosecondClock(Clock.systemUTC());
    }
}
