package no.kobling.project.plan.domain;

/** What the decision body decided at a phase's gate: go on to the next phase, revise the phase, or stop the project. */
public enum GateDecision {
    GO, REVISE, STOP
}
