package no.kobling.project.document;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentRepository extends JpaRepository<StoredDocument, Long> {
}
