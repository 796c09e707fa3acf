package no.kobling.company.application;

import java.util.List;
import no.kobling.shared.DomainException;

/**
 * 422 company-field-owned-by-register: a change of fields that a national register delivers, on a company imported
 * from it. Those fields change only by imports; {@link #fields()} names them.
 */
public class RegisterOwnedFieldsException extends DomainException {

    private final transient List<String> fields;

    public RegisterOwnedFieldsException(List<String> fields) {
        super(422, "company-field-owned-by-register", "company.error.field-owned-by-register",
                String.join(", ", fields));
        this.fields = List.copyOf(fields);
    }

    public List<String> fields() {
        return fields;
    }
}
