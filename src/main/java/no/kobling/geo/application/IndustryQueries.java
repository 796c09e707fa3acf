package no.kobling.geo.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import no.kobling.geo.domain.NaceCode;
import no.kobling.geo.persistence.NaceCodeRepository;
import no.kobling.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The NACE Rev. 2 hierarchy (section, division, group, class) with titles in the caller's interface language
 * ({@code lang}: nb and nn use the Norwegian SN2007 title, sv Swedish, fi Finnish, en English; English where the data
 * has no title in the language). Reference data: every signed-in user may read it.
 */
@Service
@Transactional(readOnly = true)
public class IndustryQueries {

    private final NaceCodeRepository nace;
    private final PlaceSearch search;

    IndustryQueries(NaceCodeRepository nace, PlaceSearch search) {
        this.nace = nace;
        this.search = search;
    }

    /** The 21 sections (A–U). */
    public List<NaceSummary> sections(String lang) {
        return nace.findByLevelOrderBySortOrderAsc(1).stream().map(n -> summary(n, lang)).toList();
    }

    /** The direct children of a code. @throws NotFoundException for an unknown code */
    public List<NaceSummary> children(String code, String lang) {
        NaceCode parent = find(code);
        return nace.findByParentCodeOrderBySortOrderAsc(parent.getCode()).stream().map(n -> summary(n, lang)).toList();
    }

    /** From the section down to the code itself. @throws NotFoundException for an unknown code */
    public List<NaceSummary> path(String code, String lang) {
        List<NaceSummary> path = new ArrayList<>();
        NaceCode n = find(code);
        while (n != null && path.size() < 5) {
            path.add(summary(n, lang));
            n = n.getParentCode() == null ? null : nace.findById(n.getParentCode()).orElse(null);
        }
        Collections.reverse(path);
        return path;
    }

    /** A code with all its titles, its path and its children. @throws NotFoundException for an unknown code */
    public NaceDetails nace(String code, String lang) {
        NaceCode n = find(code);
        List<NaceSummary> path = path(n.getCode(), lang);
        List<LocalisedName> titles = new ArrayList<>();
        titles.add(new LocalisedName("en", "en", display(n.getTitleEn(), n.getLevel())));
        addIfPresent(titles, "nb", n.getTitleNb());
        addIfPresent(titles, "sv", n.getTitleSv());
        addIfPresent(titles, "fi", n.getTitleFi());
        return new NaceDetails(summary(n, lang), titles, n.getIsicRef(), path.subList(0, path.size() - 1),
                nace.findByParentCodeOrderBySortOrderAsc(n.getCode()).stream().map(c -> summary(c, lang)).toList());
    }

    /**
     * Codes whose code starts with {@code text} or whose titles in any language contain its words (blank = all,
     * in hierarchy order), on a level (1–4) and/or under a direct parent (null = any).
     */
    public Page<NaceSummary> search(String text, Integer level, String parentCode, Pageable pageable, String lang) {
        return search.nace(text, level, parentCode, pageable).map(n -> summary(n, lang));
    }

    private NaceCode find(String code) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return nace.findById(c).orElseThrow(() -> new NotFoundException("NACE", c));
    }

    static NaceSummary summary(NaceCode n, String lang) {
        String l = lang == null ? "nb" : lang;
        String titleLanguage = n.titleLanguageIn(l);
        String title = n.titleIn(l);
        return new NaceSummary(n.getCode(), n.getLevel(), n.getParentCode(), n.getSectionCode(),
                "en".equals(titleLanguage) ? display(title, n.getLevel()) : title, titleLanguage);
    }

    /** English section titles are in capitals in the source ("AGRICULTURE, FORESTRY AND FISHING"): sentence case. */
    static String display(String title, int level) {
        if (level != 1 || title == null || !title.equals(title.toUpperCase(Locale.ROOT))) {
            return title;
        }
        String lower = title.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static void addIfPresent(List<LocalisedName> titles, String lang, String title) {
        if (title != null && !title.isBlank()) {
            titles.add(new LocalisedName(lang, lang, title));
        }
    }
}
