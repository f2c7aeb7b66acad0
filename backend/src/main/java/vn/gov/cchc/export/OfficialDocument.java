package vn.gov.cchc.export;

import java.util.List;

/**
 * An administrative document laid out per Decree 30/2020/NĐ-CP.
 *
 * @param header     số, ký hiệu, cơ quan, địa danh, ngày tháng
 * @param kindTitle  tên loại văn bản, e.g. "BÁO CÁO", "KẾ HOẠCH"; null or blank for a công văn, whose
 *                   subject is then printed as "V/v …" under the number
 * @param subject    trích yếu nội dung
 * @param body       the body blocks, in order
 * @param recipients "Nơi nhận" items, e.g. "UBND tỉnh (b/c)", "Lưu: VT, CCHC"
 * @param signature  the signer; may be null (an empty signature block)
 */
public record OfficialDocument(
        DocHeader header,
        String kindTitle,
        String subject,
        List<Block> body,
        List<String> recipients,
        Signature signature) {
}
