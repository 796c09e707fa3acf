package no.kobling.indicator.report.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.kobling.indicator.report.domain.Figure;
import no.kobling.indicator.report.domain.Report;

/**
 * The PDF's model: per indicator a bar for its result and one for its target (both scaled to the larger of the two),
 * per breakdown and indicator a bar per cell (scaled to the largest cell; a cell a funder may not see has no bar and
 * says "&lt; 3"), the narratives and the budget.
 */
final class ReportCharts {

    private ReportCharts() {
    }

    /** An indicator's result against its target; widths in percent of the larger. */
    record TotalBar(String indicator, String label, String display, String target, int valueWidth,
            int targetWidth) {
    }

    record CellBar(String label, String display, int width) {
    }

    record BreakdownChart(String indicator, String label, List<CellBar> cells) {
    }

    static Map<String, Object> model(Report r, boolean funderView) {
        List<ReportApiController.FigureJson> all = r.getFigures().stream()
                .map(f -> ReportApiController.figure(f, funderView)).toList();
        Map<String, String> labels = new HashMap<>();
        List<TotalBar> totals = new ArrayList<>();
        for (ReportApiController.FigureJson f : all) {
            if (!Figure.TOTAL.equals(f.dimension())) {
                continue;
            }
            labels.put(f.indicator(), f.label());
            BigDecimal value = f.value() == null ? BigDecimal.ZERO : f.value().max(BigDecimal.ZERO);
            BigDecimal target = f.target() == null ? null : f.target().max(BigDecimal.ZERO);
            BigDecimal scale = target == null ? value : value.max(target);
            totals.add(new TotalBar(f.indicator(), f.label(), f.display(),
                    target == null ? null : f.target().stripTrailingZeros().toPlainString(), percent(value, scale),
                    target == null ? 0 : percent(target, scale)));
        }
        Map<String, Map<String, List<ReportApiController.FigureJson>>> grouped = new LinkedHashMap<>();
        all.stream().filter(f -> !Figure.TOTAL.equals(f.dimension())).forEach(f -> grouped
                .computeIfAbsent(f.dimension(), k -> new LinkedHashMap<>())
                .computeIfAbsent(f.indicator(), k -> new ArrayList<>()).add(f));
        Map<String, List<BreakdownChart>> breakdowns = new LinkedHashMap<>();
        grouped.forEach((dimension, byIndicator) -> byIndicator.forEach((indicator, cells) -> {
            BigDecimal max = cells.stream().map(ReportApiController.FigureJson::value).filter(Objects::nonNull)
                    .map(v -> v.max(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::max);
            breakdowns.computeIfAbsent(dimension, k -> new ArrayList<>()).add(new BreakdownChart(indicator,
                    labels.getOrDefault(indicator, indicator), cells.stream().map(c -> new CellBar(c.label(),
                            c.display(), c.value() == null ? 0 : percent(c.value().max(BigDecimal.ZERO), max)))
                            .toList()));
        }));
        Map<String, Object> model = new HashMap<>();
        model.put("report", r);
        model.put("totals", totals);
        model.put("breakdowns", breakdowns);
        model.put("goals", r.getGoalNarratives());
        model.put("budget", ReportApiController.budget(r));
        return model;
    }

    static int percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() <= 0 || part == null) {
            return 0;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP).intValue();
    }
}
