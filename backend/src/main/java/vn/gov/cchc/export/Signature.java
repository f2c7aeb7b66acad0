package vn.gov.cchc.export;

/**
 * The signature block (Decree 30/2020/NĐ-CP, Appendix I, box 7).
 *
 * @param capacity quyền hạn of the signer, e.g. "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"; null when the head signs
 * @param position chức vụ, e.g. "PHÓ GIÁM ĐỐC"
 * @param name     họ và tên, e.g. "Nguyễn Văn A"
 */
public record Signature(String capacity, String position, String name) {
}
