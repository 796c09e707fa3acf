package no.kobling.company.importing.application;

import java.util.Optional;
import no.kobling.company.ImportOverview;
import org.springframework.stereotype.Component;

/** The last import run; {@link ImportService} checks ADMINISTER_REFERENCE_DATA. */
@Component
class ImportOverviewFacade implements ImportOverview {

    private final ImportService imports;

    ImportOverviewFacade(ImportService imports) {
        this.imports = imports;
    }

    @Override
    public Optional<LastImport> lastImport() {
        return imports.list(0, 1).content().stream().findFirst().map(r -> new LastImport(r.id(), r.fileName(),
                r.status(), r.startedAt(), r.inserted(), r.updated(), r.rejected()));
    }
}
