package no.kobling.project.plan.timeline.domain;

/** A decision body's decision at a gate. */
public enum GateVerdict {
    GO, REVISE, STOP
}
