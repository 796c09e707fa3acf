package no.kobling.indicator.application;

import no.kobling.indicator.application.IndicatorEngine.Computed;

/** A family of indicators computed by the {@link IndicatorEngine} from the facts of one run. */
interface IndicatorFamily {

    /** The value of one of the family's codes with the records behind it; null for a code it does not compute. */
    Computed compute(String code, IndicatorRun run);
}
