package no.kobling.company.importing.persistence;

import java.sql.Types;
import java.util.List;
import java.util.function.Function;
import no.kobling.company.importing.domain.Column;
import no.kobling.company.importing.domain.ValidCompany;

/** An imported column of {@code company_company}: its group, the field name used in change rows, its SQL type. */
record DbColumn(String name, String field, Column group, int sqlType, Function<ValidCompany, Object> value) {

    static final List<DbColumn> ALL = List.of(
            new DbColumn("name", "name", Column.NAME, Types.VARCHAR, ValidCompany::name),
            new DbColumn("legal_form", "legalForm", Column.LEGAL_FORM, Types.VARCHAR, ValidCompany::legalForm),
            new DbColumn("legal_form_name", "legalFormName", Column.LEGAL_FORM, Types.VARCHAR,
                    ValidCompany::legalFormName),
            new DbColumn("national_industry_code", "nationalIndustryCode", Column.INDUSTRY, Types.VARCHAR,
                    ValidCompany::industryCode),
            new DbColumn("nace_code", "naceCode", Column.INDUSTRY, Types.VARCHAR, ValidCompany::naceCode),
            new DbColumn("municipality_id", "municipality", Column.MUNICIPALITY, Types.BIGINT,
                    ValidCompany::municipalityId),
            new DbColumn("postal_address", "postalAddress", Column.POSTAL_ADDRESS, Types.VARCHAR,
                    c -> c.postal().street()),
            new DbColumn("postal_code", "postalCode", Column.POSTAL_ADDRESS, Types.VARCHAR,
                    c -> c.postal().postalCode()),
            new DbColumn("postal_city", "postalCity", Column.POSTAL_ADDRESS, Types.VARCHAR, c -> c.postal().city()),
            new DbColumn("business_address", "businessAddress", Column.BUSINESS_ADDRESS, Types.VARCHAR,
                    c -> c.business().street()),
            new DbColumn("business_postal_code", "businessPostalCode", Column.BUSINESS_ADDRESS, Types.VARCHAR,
                    c -> c.business().postalCode()),
            new DbColumn("business_city", "businessCity", Column.BUSINESS_ADDRESS, Types.VARCHAR,
                    c -> c.business().city()),
            new DbColumn("website", "website", Column.WEBSITE, Types.VARCHAR, ValidCompany::website),
            new DbColumn("email", "email", Column.EMAIL, Types.VARCHAR, ValidCompany::email),
            new DbColumn("phone", "phone", Column.PHONE, Types.VARCHAR, ValidCompany::phone),
            new DbColumn("employees", "employees", Column.EMPLOYEES, Types.INTEGER, ValidCompany::employees),
            new DbColumn("founded_on", "foundedOn", Column.FOUNDED_ON, Types.DATE, ValidCompany::foundedOn),
            new DbColumn("registered_on", "registeredOn", Column.REGISTERED_ON, Types.DATE,
                    ValidCompany::registeredOn),
            new DbColumn("status", "status", Column.STATUS, Types.VARCHAR, c -> c.status().name()),
            new DbColumn("status_date", "statusDate", Column.STATUS, Types.DATE, ValidCompany::statusDate));
}
