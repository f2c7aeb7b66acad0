package vn.gov.cchc.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanKind", description = """
        What a plan is about: CCHC (the annual administrative-reform plan), COMMUNICATION (tuyên truyền CCHC),
        PAPI (improving the PAPI index), PAR_INDEX (improving the PAR INDEX), SIPAS (citizen satisfaction),
        INSPECTION (kiểm tra CCHC), OTHER""")
public enum PlanKind {
    CCHC,
    COMMUNICATION,
    PAPI,
    PAR_INDEX,
    SIPAS,
    INSPECTION,
    OTHER
}
