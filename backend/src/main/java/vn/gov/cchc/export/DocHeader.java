package vn.gov.cchc.export;

import java.time.LocalDate;

/**
 * The header of an administrative document (Decree 30/2020/NĐ-CP, Appendix I, boxes 1–4).
 *
 * @param parentBody  tên cơ quan, tổ chức chủ quản trực tiếp, e.g. "UBND TỈNH PHÚ THỌ"; may be null
 * @param issuingBody tên cơ quan, tổ chức ban hành văn bản, e.g. "SỞ NỘI VỤ"; "\n" forces a line break
 * @param symbol      ký hiệu, the part after the slash, e.g. "BC-SNV"
 * @param number      số; null or blank while the document is not yet numbered (printed as blank space)
 * @param place       địa danh, e.g. "Phú Thọ"
 * @param date        ngày ban hành; null while undated (printed as blanks with {@code year})
 * @param year        the year printed when {@code date} is null; ignored otherwise (0 or less: blank too)
 */
public record DocHeader(
        String parentBody,
        String issuingBody,
        String symbol,
        String number,
        String place,
        LocalDate date,
        int year) {
}
