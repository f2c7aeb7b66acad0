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
    VILLAGE
}
