package vn.gov.cchc.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import vn.gov.cchc.support.Seeds;

/** The seed documents read into sections: read from the shared folder, never retyped here. */
class SeedDocumentTest {

    @Test
    void hungYenCommunicationPlan() {
        SeedDocument.Parsed p = SeedDocument.parse(Seeds.read("000_8b2225be408443ee.txt"));
        var s = p.sections();
        assertTrue(s.purpose().startsWith("a) Nâng cao nhận thức"), s.purpose());
        assertTrue(s.requirements().startsWith("a) Công tác tuyên truyền cải cách hành chính phải bám sát"));
        assertTrue(s.content().startsWith("a) Tuyên truyền sâu rộng"));
        assertTrue(s.forms().startsWith("a) Thông tin, tuyên truyền"));
        assertTrue(s.organisation().startsWith("**1\\. Các sở, ban, ngành tỉnh") || s.organisation().startsWith("**1. Các sở, ban, ngành tỉnh"),
                s.organisation().substring(0, 80));
        assertTrue(s.organisation().contains("**8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hưng Yên"));
        assertNull(s.budget());
        assertNull(s.audiences());
        assertEquals(15, p.recipients().size(), p.recipients().toString());
        assertEquals("Bộ Nội vụ", p.recipients().get(0));
        assertEquals("Lưu: VT, CVNC^{Thùy}", p.recipients().get(14));
        assertFalse(s.organisation().contains("Nơi nhận"));
    }

    @Test
    void hungYenPapiPlanWhoseWebPageRepeatsItsStart() {
        SeedDocument.Parsed p = SeedDocument.parse(Seeds.read("001_baefc3cb3a4be5a4.txt"));
        var s = p.sections();
        assertTrue(s.purpose().startsWith("**1.1. Cụ thể hóa") || s.purpose().startsWith("1.1. Cụ thể hóa"), s.purpose());
        // the repeated first third appears once
        assertEquals(s.purpose().indexOf("Cụ thể hóa chủ trương"), s.purpose().lastIndexOf("Cụ thể hóa chủ trương"));
        assertTrue(s.content().contains("Nội dung “Quản trị điện tử”"));
        assertEquals(s.content().indexOf("Tham gia của người dân ở cấp cơ sở"),
                s.content().lastIndexOf("Tham gia của người dân ở cấp cơ sở"));
        assertTrue(s.organisation().contains("15 ngày làm việc"));
        assertTrue(s.organisation().contains("trước ngày 10/7/2026"));
        assertFalse(s.organisation().contains("Đăng xuất"));
        assertTrue(p.recipients().isEmpty());
    }

    @Test
    void phuThoPlanStopsBeforeItsAppendix() {
        SeedDocument.Parsed p = SeedDocument.parse(Seeds.read("003_af5693127e7833b0.txt"));
        var s = p.sections();
        assertTrue(s.purpose().startsWith("- Tuyên truyền, phổ biến"));
        assertTrue(s.forms().contains("Báo và Phát thanh truyền hình tỉnh"));
        assertTrue(s.content().contains("**III. NHIỆM VỤ THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026**"));
        assertTrue(s.budget().startsWith("1\\. Đối với các sở, ban, ngành"), s.budget());
        assertTrue(s.organisation().contains("Giao Sở Nội vụ"));
        assertFalse(s.organisation().contains("PHỤ LỤC"));
        assertFalse(s.content().contains("Nội dung, hình thức tuyên truyền\tĐơn vị chủ trì"));
        assertEquals(8, p.recipients().size(), p.recipients().toString());
        assertEquals("Lưu: VT, TH", p.recipients().get(7));
    }

    @Test
    void namDanCommunePlanHasAudiences() {
        SeedDocument.Parsed p = SeedDocument.parse(Seeds.read("004_5235199ed4f55554.txt"));
        var s = p.sections();
        assertTrue(s.audiences().startsWith("Đối tượng tuyên truyền là toàn thể"));
        assertTrue(s.forms().contains("tối thiểu 03 cuộc đối thoại"));
        assertTrue(s.content().startsWith("Tuyên truyền sâu rộng"));
        assertTrue(s.budget().startsWith("Kinh phí thực hiện Kế hoạch"));
        assertTrue(s.organisation().contains("**1. Phòng Văn hóa – Xã hội**") || s.organisation().contains("**1\\. Phòng Văn hóa – Xã hội**"),
                s.organisation().substring(0, 60));
        assertTrue(s.organisation().contains("Trung tâm Dịch vụ công"));
        assertEquals(7, p.recipients().size());
        assertEquals("Sở Nội vụ tỉnh", p.recipients().get(0));
    }
}
