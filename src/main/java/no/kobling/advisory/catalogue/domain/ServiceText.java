package no.kobling.advisory.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Name and description of a service in one language. */
@Embeddable
public class ServiceText {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    protected ServiceText() {
    }

    public ServiceText(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceText t && java.util.Objects.equals(name, t.name)
                && java.util.Objects.equals(description, t.description);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, description);
    }
}
