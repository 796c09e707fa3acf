package no.kobling.survey.definition.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.survey.definition.SurveyDefinitions.QuestionType;
import no.kobling.survey.definition.domain.SurveySpec.ChoiceSpec;
import no.kobling.survey.definition.domain.SurveySpec.QuestionSpec;

/**
 * A question of a survey. Its structure (code, type, required, option and item codes, scale, number range, condition)
 * is frozen once the survey has been sent; its texts may still be corrected.
 */
@Entity(name = "SurveyQuestion")
@Table(name = "survey_question")
public class SurveyQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "code", nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_type", nullable = false)
    private QuestionType type;

    @Column(name = "required", nullable = false)
    private boolean required;

    @Column(name = "scale_min")
    private Integer scaleMin;

    @Column(name = "scale_max")
    private Integer scaleMax;

    @Column(name = "number_min")
    private BigDecimal numberMin;

    @Column(name = "number_max")
    private BigDecimal numberMax;

    @Column(name = "condition_question")
    private String conditionQuestion;

    @Column(name = "condition_options")
    private String conditionOptions;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "survey_question_translation", joinColumns = @JoinColumn(name = "question_id"))
    @MapKeyColumn(name = "language")
    private Map<String, QuestionTexts> texts = new LinkedHashMap<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "question_id", nullable = false)
    @OrderBy("position")
    private List<SurveyOption> options = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "question_id", nullable = false)
    @OrderBy("position")
    private List<SurveyMatrixItem> items = new ArrayList<>();

    protected SurveyQuestion() {
    }

    SurveyQuestion(QuestionSpec spec) {
        apply(spec, false);
    }

    /**
     * Takes the question's new definition. With {@code frozen} (the survey has been sent) only texts may change: a
     * different structure is refused with {@code survey-structure-frozen}. Options and items keep their ids where
     * their code stays.
     */
    void apply(QuestionSpec spec, boolean frozen) {
        QuestionSpec s = SurveyRules.normalised(spec);
        if (frozen && !sameStructure(s)) {
            throw SurveyRules.frozen();
        }
        code = s.code();
        type = s.type();
        required = s.isRequired();
        scaleMin = s.scaleMin();
        scaleMax = s.scaleMax();
        numberMin = s.numberMin();
        numberMax = s.numberMax();
        conditionQuestion = s.conditionQuestion();
        conditionOptions = s.conditionOptions().isEmpty() ? null
                : String.join(",", new TreeSet<>(s.conditionOptions()));
        texts.clear();
        Set<String> languages = new LinkedHashSet<>();
        for (Map<String, String> m : List.of(s.texts(), s.helps(), s.minLabels(), s.maxLabels())) {
            languages.addAll(m.keySet());
        }
        for (String language : languages) {
            texts.put(language, new QuestionTexts(s.texts().get(language), s.helps().get(language),
                    s.minLabels().get(language), s.maxLabels().get(language)));
        }
        Map<String, SurveyOption> oldOptions = options.stream()
                .collect(Collectors.toMap(SurveyOption::getCode, Function.identity(), (a, b) -> a));
        options.clear();
        for (ChoiceSpec c : s.options()) {
            SurveyOption option = oldOptions.remove(c.code());
            if (option == null) {
                option = new SurveyOption(c.code(), c.labels());
            } else {
                option.relabel(c.labels());
            }
            option.place(options.size());
            options.add(option);
        }
        Map<String, SurveyMatrixItem> oldItems = items.stream()
                .collect(Collectors.toMap(SurveyMatrixItem::getCode, Function.identity(), (a, b) -> a));
        items.clear();
        for (ChoiceSpec c : s.items()) {
            SurveyMatrixItem item = oldItems.remove(c.code());
            if (item == null) {
                item = new SurveyMatrixItem(c.code(), c.labels());
            } else {
                item.relabel(c.labels());
            }
            item.place(items.size());
            items.add(item);
        }
    }

    boolean sameStructure(QuestionSpec s) {
        return Objects.equals(code, s.code()) && type == s.type() && required == s.isRequired()
                && Objects.equals(scaleMin, s.scaleMin()) && Objects.equals(scaleMax, s.scaleMax())
                && sameNumber(numberMin, s.numberMin()) && sameNumber(numberMax, s.numberMax())
                && Objects.equals(conditionQuestion, s.conditionQuestion())
                && getConditionOptions().equals(s.conditionOptions())
                && options.stream().map(SurveyOption::getCode).toList()
                        .equals(s.options().stream().map(ChoiceSpec::code).toList())
                && items.stream().map(SurveyMatrixItem::getCode).toList()
                        .equals(s.items().stream().map(ChoiceSpec::code).toList());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The question as data (for copies and the API). */
    public QuestionSpec toSpec() {
        return new QuestionSpec(code, type, required, textMap(QuestionTexts::getText), textMap(QuestionTexts::getHelp),
                options.stream().map(o -> new ChoiceSpec(o.getCode(), o.getLabels())).toList(),
                items.stream().map(i -> new ChoiceSpec(i.getCode(), i.getLabels())).toList(), scaleMin, scaleMax,
                textMap(QuestionTexts::getMinLabel), textMap(QuestionTexts::getMaxLabel), numberMin, numberMax,
                conditionQuestion, getConditionOptions());
    }

    public Map<String, String> textMap(Function<QuestionTexts, String> field) {
        Map<String, String> m = new LinkedHashMap<>();
        texts.forEach((language, t) -> {
            String v = field.apply(t);
            if (v != null && !v.isBlank()) {
                m.put(language, v);
            }
        });
        return m;
    }

    /** The question's text in {@code language}, else in {@code fallback}. */
    public String textIn(String language, String fallback) {
        return no.kobling.survey.definition.SurveyDefinitions.text(textMap(QuestionTexts::getText), language,
                fallback);
    }

    void place(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public QuestionType getType() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    public Integer getScaleMin() {
        return scaleMin;
    }

    public Integer getScaleMax() {
        return scaleMax;
    }

    public BigDecimal getNumberMin() {
        return numberMin;
    }

    public BigDecimal getNumberMax() {
        return numberMax;
    }

    public String getConditionQuestion() {
        return conditionQuestion;
    }

    public Set<String> getConditionOptions() {
        if (conditionOptions == null || conditionOptions.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(conditionOptions.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public long getVersion() {
        return version;
    }

    public Map<String, QuestionTexts> getTexts() {
        return texts;
    }

    public List<SurveyOption> getOptions() {
        return options;
    }

    public List<SurveyMatrixItem> getItems() {
        return items;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof SurveyQuestion other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return SurveyQuestion.class.hashCode();
    }
}
