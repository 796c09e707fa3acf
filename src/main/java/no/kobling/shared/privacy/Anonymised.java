package no.kobling.shared.privacy;

/** What erased personal fields are overwritten with. */
public final class Anonymised {

    /** The name an erased person gets (stored, not shown as a sentence: the same in every language). */
    public static final String NAME = "—";

    private Anonymised() {
    }
}
