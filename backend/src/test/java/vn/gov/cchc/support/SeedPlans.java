package vn.gov.cchc.support;

/** Titles of the four seed plans loaded as demo data (facts from the documents' headings). */
public final class SeedPlans {
    /** Hưng Yên, 2026 communication plan, a draft. */
    public static final String HY_COMM = "Tuyên truyền cải cách hành chính tỉnh Hưng Yên năm 2026";
    /** Hưng Yên, PAPI plan 19/KH-UBND of 20/01/2026, issued. */
    public static final String HY_PAPI = "Nâng cao hiệu quả quản trị và hành chính công tỉnh Hưng Yên năm 2026";
    /** Phú Thọ, 2026 communication plan, a draft. */
    public static final String PT_COMM = "Thông tin, tuyên truyền cải cách hành chính tỉnh Phú Thọ năm 2026";
    /** Năm Dẩn commune, 2026 communication plan, a draft. */
    public static final String ND_COMM = "Tuyên truyền Cải cách hành chính năm 2026";

    private SeedPlans() {
    }
}
