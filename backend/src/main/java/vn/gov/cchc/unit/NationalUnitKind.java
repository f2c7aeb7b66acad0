package vn.gov.cchc.unit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NationalUnitKind", description = """
        Kind of unit in the national list: PROVINCE (Tỉnh), CITY (Thành phố trực thuộc trung ương), XA (Xã),
        PHUONG (Phường), DAC_KHU (Đặc khu)""")
public enum NationalUnitKind {
    PROVINCE,
    CITY,
    XA,
    PHUONG,
    DAC_KHU
}
