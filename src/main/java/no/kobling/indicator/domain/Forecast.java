package no.kobling.indicator.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Progress and the linear forecast at today's pace (docs/indicators.md):
 * <ul>
 * <li>before the period starts there is no forecast;</li>
 * <li>within the period: {@code value × days(from..to) / days(from..today)}, days counted inclusively;</li>
 * <li>after the period: the value itself.</li>
 * </ul>
 * Progress is {@code value / target × 100} (one decimal), none without a positive target.
 */
public final class Forecast {

    private Forecast() {
    }

    public static BigDecimal linear(BigDecimal value, LocalDate from, LocalDate to, LocalDate today) {
        if (value == null || today.isBefore(from)) {
            return null;
        }
        if (!today.isBefore(to)) {
            return value;
        }
        long total = ChronoUnit.DAYS.between(from, to) + 1;
        long elapsed = ChronoUnit.DAYS.between(from, today) + 1;
        return value.multiply(BigDecimal.valueOf(total)).divide(BigDecimal.valueOf(elapsed), 1, RoundingMode.HALF_UP);
    }

    public static BigDecimal progressPercent(BigDecimal value, BigDecimal target) {
        if (value == null || target == null || target.signum() <= 0) {
            return null;
        }
        return value.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
    }
}
