package no.kobling.project.budget.persistence;

import no.kobling.project.budget.domain.ProjectEconomy;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EconomyRepository extends JpaRepository<ProjectEconomy, Long> {
}
