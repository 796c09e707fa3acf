package no.kobling.company.importing;

import no.kobling.company.TestOrgNumbers;

/** Valid organisation numbers for the import tests: {@link TestOrgNumbers}, never the same twice. */
final class TestNumbers {

    private TestNumbers() {
    }

    static String norway() {
        return TestOrgNumbers.norway();
    }

    static String sweden() {
        return TestOrgNumbers.sweden();
    }

    static String finland() {
        return TestOrgNumbers.finland();
    }
}
