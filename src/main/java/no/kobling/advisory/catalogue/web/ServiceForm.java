package no.kobling.advisory.catalogue.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import no.kobling.advisory.catalogue.application.ServiceCommand;
import no.kobling.advisory.catalogue.application.ServiceView;

/** The service form: a name and description per language, where offered, target groups, capacity. */
public class ServiceForm {

    @Size(max = 200) private String nameNb;
    @Size(max = 200) private String nameNn;
    @Size(max = 200) private String nameSv;
    @Size(max = 200) private String nameFi;
    @Size(max = 200) private String nameEn;
    @Size(max = 4000) private String descriptionNb;
    @Size(max = 4000) private String descriptionNn;
    @Size(max = 4000) private String descriptionSv;
    @Size(max = 4000) private String descriptionFi;
    @Size(max = 4000) private String descriptionEn;
    private Long partnershipId;
    private List<Long> municipalityIds = new ArrayList<>();
    private List<String> targetGroups = new ArrayList<>();
    @Min(0) @Max(100_000) private Integer capacityPerMonth;
    private Long version;

    static ServiceForm of(ServiceView s) {
        ServiceForm f = new ServiceForm();
        Map<String, ServiceCommand.Text> t = s.texts();
        f.nameNb = name(t, "nb");
        f.nameNn = name(t, "nn");
        f.nameSv = name(t, "sv");
        f.nameFi = name(t, "fi");
        f.nameEn = name(t, "en");
        f.descriptionNb = description(t, "nb");
        f.descriptionNn = description(t, "nn");
        f.descriptionSv = description(t, "sv");
        f.descriptionFi = description(t, "fi");
        f.descriptionEn = description(t, "en");
        f.partnershipId = s.partnershipId();
        f.municipalityIds = new ArrayList<>(s.municipalities().stream().map(m -> m.id()).toList());
        f.targetGroups = new ArrayList<>(s.targetGroups().stream().map(ServiceView.Option::code).toList());
        f.capacityPerMonth = s.capacityPerMonth();
        f.version = s.version();
        return f;
    }

    ServiceCommand command() {
        Map<String, ServiceCommand.Text> texts = new HashMap<>();
        put(texts, "nb", nameNb, descriptionNb);
        put(texts, "nn", nameNn, descriptionNn);
        put(texts, "sv", nameSv, descriptionSv);
        put(texts, "fi", nameFi, descriptionFi);
        put(texts, "en", nameEn, descriptionEn);
        return new ServiceCommand(null, texts, partnershipId, new HashSet<>(municipalityIds),
                new HashSet<>(targetGroups), capacityPerMonth);
    }

    private static void put(Map<String, ServiceCommand.Text> texts, String lang, String name, String description) {
        if ((name != null && !name.isBlank()) || (description != null && !description.isBlank())) {
            texts.put(lang, new ServiceCommand.Text(name, description));
        }
    }

    private static String name(Map<String, ServiceCommand.Text> t, String lang) {
        return t.containsKey(lang) ? t.get(lang).name() : null;
    }

    private static String description(Map<String, ServiceCommand.Text> t, String lang) {
        return t.containsKey(lang) ? t.get(lang).description() : null;
    }

    public String getNameNb() { return nameNb; }
    public void setNameNb(String v) { nameNb = v; }
    public String getNameNn() { return nameNn; }
    public void setNameNn(String v) { nameNn = v; }
    public String getNameSv() { return nameSv; }
    public void setNameSv(String v) { nameSv = v; }
    public String getNameFi() { return nameFi; }
    public void setNameFi(String v) { nameFi = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = v; }
    public String getDescriptionNb() { return descriptionNb; }
    public void setDescriptionNb(String v) { descriptionNb = v; }
    public String getDescriptionNn() { return descriptionNn; }
    public void setDescriptionNn(String v) { descriptionNn = v; }
    public String getDescriptionSv() { return descriptionSv; }
    public void setDescriptionSv(String v) { descriptionSv = v; }
    public String getDescriptionFi() { return descriptionFi; }
    public void setDescriptionFi(String v) { descriptionFi = v; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String v) { descriptionEn = v; }
    public Long getPartnershipId() { return partnershipId; }
    public void setPartnershipId(Long v) { partnershipId = v; }
    public List<Long> getMunicipalityIds() { return municipalityIds; }
    public void setMunicipalityIds(List<Long> v) { municipalityIds = v == null ? new ArrayList<>() : v; }
    public List<String> getTargetGroups() { return targetGroups; }
    public void setTargetGroups(List<String> v) { targetGroups = v == null ? new ArrayList<>() : v; }
    public Integer getCapacityPerMonth() { return capacityPerMonth; }
    public void setCapacityPerMonth(Integer v) { capacityPerMonth = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
