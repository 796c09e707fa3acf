package no.kobling.geo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import no.kobling.shared.search.NordicAnalysisConfigurer;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A NACE Rev. 2 code (section, division, group or class) with English, Norwegian, Swedish and Finnish titles. */
@Entity
@Immutable
@Indexed(index = "geo_nace")
@Table(name = "geo_nace")
public class NaceCode {

    @Id
    @KeywordField(name = "code_keyword")
    @FullTextField(name = "code_prefix", analyzer = NordicAnalysisConfigurer.NAME_PREFIX,
            searchAnalyzer = NordicAnalysisConfigurer.NAME)
    private String code;

    @GenericField
    @Column(name = "nace_level", nullable = false)
    private int level;

    @KeywordField
    @Column(name = "parent_code")
    private String parentCode;

    @KeywordField
    @Column(name = "section_code", nullable = false)
    private String sectionCode;

    @GenericField(sortable = Sortable.YES)
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @FullTextField(name = "title_en", analyzer = NordicAnalysisConfigurer.TEXT)
    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @FullTextField(name = "title_nb", analyzer = NordicAnalysisConfigurer.TEXT)
    @Column(name = "title_nb")
    private String titleNb;

    @FullTextField(name = "title_sv", analyzer = NordicAnalysisConfigurer.TEXT)
    @Column(name = "title_sv")
    private String titleSv;

    @FullTextField(name = "title_fi", analyzer = NordicAnalysisConfigurer.TEXT)
    @Column(name = "title_fi")
    private String titleFi;

    @Column(name = "isic_ref")
    private String isicRef;

    protected NaceCode() {
    }

    /** Title in the interface language: nb and nn use the Norwegian SN2007 title; falls back to English. */
    public String titleIn(String lang) {
        String t = switch (lang) {
            case "nb", "nn", "no" -> titleNb;
            case "sv" -> titleSv;
            case "fi" -> titleFi;
            default -> titleEn;
        };
        return t == null || t.isBlank() ? titleEn : t;
    }

    /** The language of {@link #titleIn(String)}: "nb", "sv", "fi", or "en" when there is no title in the language. */
    public String titleLanguageIn(String lang) {
        String l = switch (lang) {
            case "nb", "nn", "no" -> "nb";
            case "sv", "fi" -> lang;
            default -> "en";
        };
        String own = titleFor(l);
        return own == null || own.isBlank() ? "en" : l;
    }

    private String titleFor(String l) {
        return switch (l) {
            case "nb" -> titleNb;
            case "sv" -> titleSv;
            case "fi" -> titleFi;
            default -> titleEn;
        };
    }

    public String getCode() {
        return code;
    }

    public int getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getSectionCode() {
        return sectionCode;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTitleNb() {
        return titleNb;
    }

    public String getTitleSv() {
        return titleSv;
    }

    public String getTitleFi() {
        return titleFi;
    }

    public String getIsicRef() {
        return isicRef;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NaceCode n && code != null && code.equals(n.code);
    }

    @Override
    public int hashCode() {
        return NaceCode.class.hashCode();
    }
}
