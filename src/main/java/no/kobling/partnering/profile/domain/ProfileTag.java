package no.kobling.partnering.profile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A taxonomy tag on the offers or the seeks side of a profile. */
@Embeddable
public class ProfileTag {

    public static final String OFFERS = "OFFERS";
    public static final String SEEKS = "SEEKS";

    @Column(name = "side", nullable = false)
    private String side;
    @Column(name = "tag_code", nullable = false)
    private String tagCode;

    protected ProfileTag() {
    }

    public ProfileTag(String side, String tagCode) {
        this.side = side;
        this.tagCode = tagCode;
    }

    public String getSide() { return side; }

    public String getTagCode() { return tagCode; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileTag t && t.side.equals(side) && t.tagCode.equals(tagCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(side, tagCode);
    }
}
