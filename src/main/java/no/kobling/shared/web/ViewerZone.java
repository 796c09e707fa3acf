package no.kobling.shared.web;

import java.time.ZoneId;
import java.util.Optional;

/** The signed-in viewer's time zone, for showing instants on pages; empty for an anonymous visitor. */
public interface ViewerZone {

    Optional<ZoneId> current();
}
