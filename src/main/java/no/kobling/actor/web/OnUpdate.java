package no.kobling.actor.web;

import jakarta.validation.groups.Default;

/** Validation group of PUT bodies: everything of a POST, plus the version the client edited. */
interface OnUpdate extends Default {
}
