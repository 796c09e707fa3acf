package no.kobling.geo.application;

import java.util.List;

/**
 * A NACE code with its titles in every language the data has ({@code titles}: en, nb, sv, fi, each with its
 * language), the ISIC Rev. 4 reference, the path from its section down to its parent, and its children.
 */
public record NaceDetails(NaceSummary nace, List<LocalisedName> titles, String isicRef, List<NaceSummary> path,
        List<NaceSummary> children) {
}
