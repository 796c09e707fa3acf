package no.kobling.indicator.manual.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.kobling.indicator.application.ItemizedIndicatorSource;
import no.kobling.indicator.application.ResultItem;
import no.kobling.indicator.manual.domain.ManualEntry;
import no.kobling.indicator.manual.domain.ManualIndicator;
import no.kobling.indicator.manual.domain.ManualUnit;
import no.kobling.indicator.manual.persistence.ManualEntryRepository;
import no.kobling.indicator.manual.persistence.ManualIndicatorRepository;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manual indicators as an indicator source: every manual indicator of the project (archived ones too); its value
 * over a period is the sum of the entries dated in it (withdrawn ones left out), its subjects the number of those
 * entries. No permission check of its own (see {@link no.kobling.indicator.IndicatorSource}).
 */
@Component
class ManualIndicatorSource implements ItemizedIndicatorSource {

    private final ManualIndicatorRepository indicators;
    private final ManualEntryRepository entries;
    private final MessageSource messages;

    ManualIndicatorSource(ManualIndicatorRepository indicators, ManualEntryRepository entries,
            MessageSource messages) {
        this.indicators = indicators;
        this.entries = entries;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Definition> definitions(long projectId) {
        return indicators.findByProjectIdOrderByCreatedAtAscIdAsc(projectId).stream()
                .map(m -> new Definition(m.getCode(), m.getUnit().name(), m.names(), unitNames(m.getUnit())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, SourceValue> values(long projectId, LocalDate from, LocalDate to) {
        List<ManualIndicator> all = indicators.findByProjectIdOrderByCreatedAtAscIdAsc(projectId);
        Map<String, SourceValue> out = new LinkedHashMap<>();
        if (all.isEmpty()) {
            return out;
        }
        Map<Long, List<ManualEntry>> byIndicator = entries.counted(all.stream().map(ManualIndicator::getId).toList(),
                from, to).stream().collect(Collectors.groupingBy(ManualEntry::getManualId));
        for (ManualIndicator m : all) {
            List<ManualEntry> list = byIndicator.getOrDefault(m.getId(), List.of());
            out.put(m.getCode(), new SourceValue(list.stream().map(ManualEntry::getValue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add), list.size()));
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ResultItem> items(long projectId, String code, LocalDate from, LocalDate to, Locale locale) {
        return indicators.findByProjectIdAndCode(projectId, code).map(m -> entries.counted(List.of(m.getId()), from,
                to).stream().map(e -> item(projectId, m, e)).toList()).orElse(List.of());
    }

    private static ResultItem item(long projectId, ManualIndicator m, ManualEntry e) {
        String link = e.getEvidenceId() != null ? "/projects/" + projectId + "/manual-indicators/" + m.getCode()
                + "/entries/" + e.getId() + "/evidence" : e.getLink();
        String label = e.getNote() != null ? e.getNote() : e.getLink() != null ? e.getLink() : m.getCode();
        return new ResultItem("manual-entry", e.getId(), label, e.getDate(), null, link, e.getValue());
    }

    private Map<String, String> unitNames(ManualUnit unit) {
        Map<String, String> out = new HashMap<>();
        for (String lang : ManualIndicator.LANGUAGES) {
            out.put(lang, messages.getMessage("indicator.unit." + unit.name(), null, unit.name().toLowerCase(Locale.ROOT),
                    Locale.forLanguageTag(lang)));
        }
        return out;
    }

}
