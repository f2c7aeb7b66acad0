package vn.gov.cchc.reference;

/** The reference lists kept in the database, by their code in ref_item.list_code. */
public enum RefList {
    CCHC_AREA,
    INDEX,
    PAPI_DIMENSION,
    COMMUNICATION_FORM,
    AUDIENCE,
    METRIC
}
