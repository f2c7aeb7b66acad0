package vn.gov.cchc.unit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitKind", description = """
        Kind of organisation unit:
        MINISTRY (Bộ), PROVINCE (UBND tỉnh), DEPARTMENT (Sở, ban, ngành), PUBLIC_SERVICE_UNIT (đơn vị sự nghiệp công lập),
        MEDIA (báo, đài), FATHERLAND_FRONT (Mặt trận Tổ quốc và các đoàn thể), COMMUNE (UBND xã, phường),
        COMMUNE_DIVISION (phòng, ban, trung tâm của xã), VILLAGE (thôn, tổ dân phố)""")
public enum UnitKind {
    MINISTRY,
    PROVINCE,
    DEPARTMENT,
    PUBLIC_SERVICE_UNIT,
    MEDIA,
    FATHERLAND_FRONT,
    COMMUNE,
    COMMUNE_DIVISION,
    VILLAGE;

    /**
     * May a unit of this kind be the parent of one of kind {@code child}? The tree is ministry → province →
     * departments, public service units, media, Fatherland Front, communes; a department → its public
     * service units; a commune → its divisions, its Fatherland Front and villages. Roots are ministries or provinces.
     */
    public boolean mayContain(UnitKind child) {
        return switch (this) {
            case MINISTRY -> child == PROVINCE || child == DEPARTMENT || child == PUBLIC_SERVICE_UNIT;
            case PROVINCE -> child == DEPARTMENT || child == PUBLIC_SERVICE_UNIT || child == MEDIA || child == FATHERLAND_FRONT
                    || child == COMMUNE;
            case DEPARTMENT -> child == PUBLIC_SERVICE_UNIT;
            case COMMUNE -> child == COMMUNE_DIVISION || child == FATHERLAND_FRONT || child == PUBLIC_SERVICE_UNIT || child == VILLAGE;
            case PUBLIC_SERVICE_UNIT, MEDIA, FATHERLAND_FRONT, COMMUNE_DIVISION, VILLAGE -> false;
        };
    }

    /** May a unit of this kind stand at the top of the tree? */
    public boolean mayBeRoot() {
        return this == MINISTRY || this == PROVINCE;
    }
}
