package vn.gov.cchc.task.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.gov.cchc.unit.UnitKind;

class UnitNameMatcherTest {

    // shaped like the demo units (src/main/resources/demo/units.json)
    static final long PT = 1, SNV = 2, SVHTTDL = 3, VP = 4, CONG = 5, BAO = 6;
    static final long HY_SNV = 11, HY_KHCN = 12, HY_GDDT = 13;
    static final long NAMDAN = 21, ND_VHXH = 22, ND_VP = 23, ND_PVHCC = 24, ND_MTTQ = 25;

    static final List<UnitCandidate> PHU_THO = List.of(
            new UnitCandidate(PT, "UBND tỉnh Phú Thọ", "UBND tỉnh", UnitKind.PROVINCE, "Phú Thọ"),
            new UnitCandidate(SNV, "Sở Nội vụ tỉnh Phú Thọ", "Sở Nội vụ", UnitKind.DEPARTMENT, "Phú Thọ"),
            new UnitCandidate(SVHTTDL, "Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ", "Sở VHTTDL", UnitKind.DEPARTMENT,
                    "Phú Thọ"),
            new UnitCandidate(VP, "Văn phòng UBND tỉnh Phú Thọ", "Văn phòng UBND tỉnh", UnitKind.DEPARTMENT, "Phú Thọ"),
            new UnitCandidate(CONG, "Cổng Thông tin điện tử tỉnh Phú Thọ", "Cổng TTĐT tỉnh", UnitKind.PUBLIC_SERVICE_UNIT,
                    "Phú Thọ"),
            new UnitCandidate(BAO, "Báo và Phát thanh, Truyền hình tỉnh Phú Thọ", "Báo và PT-TH tỉnh", UnitKind.MEDIA,
                    "Phú Thọ"));
    static final List<UnitCandidate> HUNG_YEN = List.of(
            new UnitCandidate(HY_SNV, "Sở Nội vụ tỉnh Hưng Yên", "Sở Nội vụ", UnitKind.DEPARTMENT, "Hưng Yên"),
            new UnitCandidate(HY_KHCN, "Sở Khoa học và Công nghệ tỉnh Hưng Yên", "Sở KH&CN", UnitKind.DEPARTMENT,
                    "Hưng Yên"),
            new UnitCandidate(HY_GDDT, "Sở Giáo dục và Đào tạo tỉnh Hưng Yên", "Sở GD&ĐT", UnitKind.DEPARTMENT,
                    "Hưng Yên"));
    static final List<UnitCandidate> NAM_DAN = List.of(
            new UnitCandidate(NAMDAN, "UBND xã Năm Dẩn", "UBND xã Năm Dẩn", UnitKind.COMMUNE, "Tuyên Quang"),
            new UnitCandidate(ND_VHXH, "Phòng Văn hóa – Xã hội xã Năm Dẩn", "Phòng Văn hóa – Xã hội",
                    UnitKind.COMMUNE_DIVISION, "xã Năm Dẩn"),
            new UnitCandidate(ND_VP, "Văn phòng HĐND và UBND xã Năm Dẩn", "Văn phòng HĐND và UBND",
                    UnitKind.COMMUNE_DIVISION, "xã Năm Dẩn"),
            new UnitCandidate(ND_PVHCC, "Trung tâm Phục vụ hành chính công xã Năm Dẩn", "Trung tâm PVHCC",
                    UnitKind.COMMUNE_DIVISION, "xã Năm Dẩn"),
            new UnitCandidate(ND_MTTQ, "Ủy ban MTTQ Việt Nam xã Năm Dẩn", "Ủy ban MTTQ xã", UnitKind.FATHERLAND_FRONT,
                    "xã Năm Dẩn"));

    private static final UnitNameMatcher PHU_THO_MATCHER = new UnitNameMatcher(PHU_THO);

    private static NameMatch unit(String text, long id) {
        return new NameMatch(text, id, null);
    }

    private static NameMatch group(String text, UnitGroup g) {
        return new NameMatch(text, null, g);
    }

    private static NameMatch unresolved(String text) {
        return new NameMatch(text, null, null);
    }

    @Test
    void theExamplesOfTheSeeds() {
        assertEquals(List.of(unit("Sở Nội vụ", SNV), group("các cơ quan, đơn vị, địa phương", UnitGroup.ALL_LOCAL)),
                PHU_THO_MATCHER.match("Sở Nội vụ, các cơ quan, đơn vị, địa phương"));
        assertEquals(List.of(group("Các Sở, ban, ngành", UnitGroup.DEPARTMENTS), group("UBND cấp xã", UnitGroup.COMMUNES)),
                PHU_THO_MATCHER.match("Các Sở, ban, ngành; UBND cấp xã"));
        assertEquals(List.of(unit("Sở Nội vụ", SNV), group("các cơ quan, đơn vị liên quan", UnitGroup.RELATED)),
                PHU_THO_MATCHER.match("Sở Nội vụ, các cơ quan, đơn vị liên quan"));
        assertEquals(List.of(unit("Báo và Phát thanh, Truyền hình tỉnh", BAO)),
                PHU_THO_MATCHER.match("Báo và Phát thanh, Truyền hình tỉnh"));
        assertEquals(List.of(unit("Sở VHTTDL", SVHTTDL)), PHU_THO_MATCHER.match("Sở VHTTDL"));
        assertEquals(List.of(unit("Sở Văn hóa Thể thao và Du lịch", SVHTTDL)),
                PHU_THO_MATCHER.match("Sở Văn hóa Thể thao và Du lịch"));
        assertEquals(List.of(unit("Sở Văn hóa, Thể thao và Du lịch", SVHTTDL)),
                PHU_THO_MATCHER.match("Sở Văn hóa, Thể thao và Du lịch"));
        assertEquals(List.of(unit("Cổng Thông tin điện tử tỉnh", CONG)), PHU_THO_MATCHER.match("Cổng Thông tin điện tử tỉnh"));
        assertEquals(List.of(unit("Sở Nội vụ", SNV)), PHU_THO_MATCHER.match("Sở Nội vụ"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sở Nội vụ tỉnh Phú Thọ          | 2",
            "SỞ NỘI VỤ                       | 2",
            "Sở Nội Vụ tỉnh                  | 2",
            "Sở VH-TT-DL                     | 3",
            "Sở VH,TT&DL                     | 3",
            "Sở Văn hoá, Thể thao & Du lịch  | 3",
            "Sở VHTTDL tỉnh Phú Thọ          | 3",
            "VP UBND tỉnh                    | 4",
            "Văn phòng Ủy ban nhân dân tỉnh  | 4",
            "Cổng TTĐT tỉnh                  | 5",
            "Cổng thông tin điện tử tỉnh Phú Thọ | 5",
            "Báo và PT-TH tỉnh               | 6",
            "Báo và PTTH tỉnh Phú Thọ        | 6",
            "UBND tỉnh                       | 1",
            "Ủy ban nhân dân tỉnh Phú Thọ    | 1" })
    void unitsByTheirNamesShortNamesAndAbbreviations(String cell, long id) {
        assertEquals(List.of(unit(cell.strip(), id)), PHU_THO_MATCHER.match(cell));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Các Sở, ban, ngành                     | DEPARTMENTS",
            "các sở, ban, ngành tỉnh                | DEPARTMENTS",
            "Sở, ban, ngành                         | DEPARTMENTS",
            "UBND cấp xã                            | COMMUNES",
            "UBND các xã, phường                    | COMMUNES",
            "Ủy ban nhân dân cấp xã                 | COMMUNES",
            "các xã, phường                         | COMMUNES",
            "UBND xã, phường                        | COMMUNES",
            "Các cơ quan, đơn vị, địa phương        | ALL_LOCAL",
            "cơ quan, đơn vị, địa phương            | ALL_LOCAL",
            "các địa phương, đơn vị                 | ALL_LOCAL",
            "các đơn vị sự nghiệp công lập          | PUBLIC_SERVICE_UNITS",
            "ĐVSNCL                                 | PUBLIC_SERVICE_UNITS",
            "đơn vị SNCL                            | PUBLIC_SERVICE_UNITS",
            "Các cơ quan, đơn vị liên quan          | RELATED",
            "cơ quan liên quan                      | RELATED",
            "các đơn vị liên quan                   | RELATED" })
    void groups(String cell, UnitGroup g) {
        List<NameMatch> m = PHU_THO_MATCHER.match(cell);
        assertEquals(List.of(group(cell.strip(), g)), m);
        assertTrue(m.get(0).resolved());
    }

    @Test
    void sameNameInTwoProvincesIsLeftUnresolvedUnlessWrittenInFull() {
        List<UnitCandidate> both = new ArrayList<>(PHU_THO);
        both.addAll(HUNG_YEN);
        UnitNameMatcher m = new UnitNameMatcher(both);
        assertEquals(List.of(unresolved("Sở Nội vụ")), m.match("Sở Nội vụ"));
        assertEquals(List.of(unit("Sở Nội vụ tỉnh Hưng Yên", HY_SNV)), m.match("Sở Nội vụ tỉnh Hưng Yên"));
        assertFalse(m.match("Sở Nội vụ").get(0).resolved());
    }

    @Test
    void hungYenUnitsWithVaInTheirNames() {
        UnitNameMatcher m = new UnitNameMatcher(HUNG_YEN);
        assertEquals(List.of(unit("Sở Khoa học và Công nghệ", HY_KHCN)), m.match("Sở Khoa học và Công nghệ"));
        assertEquals(List.of(unit("Sở KH&CN", HY_KHCN)), m.match("Sở KH&CN"));
        assertEquals(List.of(unit("Sở KHCN", HY_KHCN)), m.match("Sở KHCN"));
        assertEquals(List.of(unit("Sở GD&ĐT", HY_GDDT), unit("Sở Khoa học và Công nghệ tỉnh Hưng Yên", HY_KHCN)),
                m.match("Sở GD&ĐT; Sở Khoa học và Công nghệ tỉnh Hưng Yên"));
        // " và " between two names splits them, "và" inside a name does not
        assertEquals(List.of(unit("Sở Nội vụ", HY_SNV), unit("Sở Giáo dục và Đào tạo", HY_GDDT)),
                m.match("Sở Nội vụ và Sở Giáo dục và Đào tạo"));
        assertEquals(List.of(unit("Sở Khoa học và Công nghệ", HY_KHCN), group("các cơ quan liên quan", UnitGroup.RELATED)),
                m.match("Sở Khoa học và Công nghệ và các cơ quan liên quan"));
    }

    @Test
    void communeAndItsDivisions() {
        UnitNameMatcher m = new UnitNameMatcher(NAM_DAN);
        assertEquals(List.of(unit("UBND xã Năm Dẩn", NAMDAN)), m.match("UBND xã Năm Dẩn"));
        assertEquals(List.of(unit("Phòng Văn hóa - Xã hội", ND_VHXH)), m.match("Phòng Văn hóa - Xã hội"));
        assertEquals(List.of(unit("Phòng Văn hóa – Xã hội", ND_VHXH)), m.match("Phòng Văn hóa – Xã hội"));
        assertEquals(List.of(unit("Văn phòng HĐND và UBND xã", ND_VP)), m.match("Văn phòng HĐND và UBND xã"));
        assertEquals(List.of(unit("VP HĐND - UBND", ND_VP)), m.match("VP HĐND - UBND"));
        assertEquals(List.of(unit("Trung tâm PVHCC xã", ND_PVHCC)), m.match("Trung tâm PVHCC xã"));
        assertEquals(List.of(unit("Trung tâm Phục vụ hành chính công", ND_PVHCC)),
                m.match("Trung tâm Phục vụ hành chính công"));
        assertEquals(List.of(unit("Ủy ban MTTQ Việt Nam xã", ND_MTTQ)), m.match("Ủy ban MTTQ Việt Nam xã"));
        assertEquals(List.of(unit("Ủy ban Mặt trận Tổ quốc Việt Nam xã Năm Dẩn", ND_MTTQ)),
                m.match("Ủy ban Mặt trận Tổ quốc Việt Nam xã Năm Dẩn"));
        assertEquals(List.of(unit("Phòng Văn hóa – Xã hội", ND_VHXH), unit("Văn phòng HĐND và UBND", ND_VP),
                unit("Trung tâm PVHCC", ND_PVHCC)),
                m.match("- Phòng Văn hóa – Xã hội;\n- Văn phòng HĐND và UBND;\n- Trung tâm PVHCC."));
    }

    @Test
    void unknownNamesStayAsWrittenInOrderAndWithoutDuplicates() {
        assertEquals(List.of(unit("Sở Nội vụ", SNV), unresolved("Sở Tài chính"), unresolved("Ban Dân tộc và Tôn giáo"),
                group("các cơ quan liên quan", UnitGroup.RELATED)),
                PHU_THO_MATCHER.match("Sở Nội vụ, Sở Tài chính, Ban Dân tộc và Tôn giáo, Sở Nội vụ; các cơ quan liên quan"));
        assertEquals(List.of(unresolved("Sở Tài chính"), unit("Sở Nội vụ", SNV)),
                PHU_THO_MATCHER.match("Sở Tài chính và Sở Nội vụ"));
        assertEquals(List.of(unit("Sở Nội vụ (cơ quan thường trực)", SNV)),
                PHU_THO_MATCHER.match("Sở Nội vụ (cơ quan thường trực)"));
        assertEquals(List.of(), PHU_THO_MATCHER.match("  "));
        assertEquals(List.of(), PHU_THO_MATCHER.match(null));
        assertEquals(List.of(unit("Sở Nội vụ", SNV)), PHU_THO_MATCHER.match("Sở Nội vụ, ..."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "So Noi vu                       | 2",
            "SO NOI VU TINH PHU THO          | 2",
            "Sở Văn hoa, Thể thao và Du lịch | 3",
            "Cong thong tin dien tu tinh     | 5",
            "Uy ban nhan dan tinh Phu Tho    | 1" })
    void aNameSpeltWithoutItsDiacriticsIsOnlyASuggestion(String cell, long id) {
        List<NameMatch> m = PHU_THO_MATCHER.match(cell);
        assertEquals(List.of(new NameMatch(cell.strip(), null, null, id)), m);
        assertFalse(m.get(0).resolved());
    }

    @Test
    void tonesPlacedEitherWayAndDecomposedUnicodeAreTheSameSpelling() {
        // "hoá" / "hóa", "Ủy" / "Uỷ", and the name in decomposed Unicode (NFD), as some sources write it
        assertEquals(List.of(unit("Sở Văn hoá, Thể thao và Du lịch", SVHTTDL)), PHU_THO_MATCHER.match("Sở Văn hoá, Thể thao và Du lịch"));
        assertEquals(List.of(unit("Uỷ ban nhân dân tỉnh Phú Thọ", PT)), PHU_THO_MATCHER.match("Uỷ ban nhân dân tỉnh Phú Thọ"));
        String decomposed = java.text.Normalizer.normalize("Sở Nội vụ tỉnh Phú Thọ", java.text.Normalizer.Form.NFD);
        assertEquals(List.of(unit("Sở Nội vụ tỉnh Phú Thọ", SNV)), PHU_THO_MATCHER.match(decomposed));
        // "d" is not "đ"
        UnitNameMatcher m = new UnitNameMatcher(HUNG_YEN);
        assertEquals(List.of(new NameMatch("Sở Giáo dục và Dào tạo", null, null, HY_GDDT)), m.match("Sở Giáo dục và Dào tạo"));
    }

    @Test
    void officialNamesAndCodesOfTheNationalList() {
        UnitNameMatcher m = new UnitNameMatcher(List.of(
                new UnitCandidate(NAMDAN, "UBND xã Năm Dẩn", null, UnitKind.COMMUNE, "Tuyên Quang", "02200", "Xã Năm Dẩn"),
                new UnitCandidate(31, "UBND phường Việt Trì", null, UnitKind.COMMUNE, "Phú Thọ", "07900", "Phường Việt Trì")));
        assertEquals(List.of(unit("Xã Năm Dẩn", NAMDAN)), m.match("Xã Năm Dẩn"));
        assertEquals(List.of(unit("UBND xã Năm Dẩn", NAMDAN), unit("07900", 31)), m.match("UBND xã Năm Dẩn; 07900"));
        assertEquals(List.of(unit("Phường Việt Trì", 31)), m.match("Phường Việt Trì"));
        // decomposed Unicode is the same spelling; a missing diacritic is a suggestion, "UBND" or not
        assertEquals(List.of(unit("Xã Năm Dẩn", NAMDAN)),
                m.match(java.text.Normalizer.normalize("Xã Năm Dẩn", java.text.Normalizer.Form.NFD)).stream()
                        .map(x -> new NameMatch(java.text.Normalizer.normalize(x.text(), java.text.Normalizer.Form.NFC), x.unitId(),
                                x.group(), x.suggestedUnitId()))
                        .toList());
        assertEquals(List.of(new NameMatch("UBND xa Nam Dan", null, null, NAMDAN)), m.match("UBND xa Nam Dan"));
        assertEquals(List.of(new NameMatch("phuong Viet Tri", null, null, 31L)), m.match("phuong Viet Tri"));
        assertEquals(List.of(unresolved("Xã Nậm Nèn")), m.match("Xã Nậm Nèn"));
    }

    @Test
    void aLongCellIsMatchedQuickly() {
        String cell = "Sở Nội vụ, Sở Tài chính và Ban Dân tộc, ".repeat(500) + "các cơ quan liên quan";
        List<NameMatch> m = org.junit.jupiter.api.Assertions.assertTimeout(java.time.Duration.ofSeconds(3),
                () -> PHU_THO_MATCHER.match(cell));
        assertEquals(List.of(unit("Sở Nội vụ", SNV), unresolved("Sở Tài chính và Ban Dân tộc"),
                group("các cơ quan liên quan", UnitGroup.RELATED)), m);
    }

    @Test
    void everyLeadAndCooperatingCellOfTheSeedAppendixResolves() {
        AppendixParse parse = AppendixReader.readTsv(SeedAppendix.appendix());
        assertEquals(11, parse.tasks().size());
        Set<String> cells = new LinkedHashSet<>();
        for (ParsedTask t : parse.tasks()) {
            cells.add(t.leadText());
            cells.add(t.cooperatingText());
        }
        Set<Long> units = new LinkedHashSet<>();
        Set<UnitGroup> groups = new LinkedHashSet<>();
        for (String cell : cells) {
            List<NameMatch> matches = PHU_THO_MATCHER.match(cell);
            assertFalse(matches.isEmpty(), cell);
            for (NameMatch m : matches) {
                assertTrue(m.resolved(), () -> "unresolved \"" + m.text() + "\" in \"" + cell + "\"");
                if (m.unitId() != null) {
                    units.add(m.unitId());
                } else {
                    groups.add(m.group());
                }
            }
        }
        assertEquals(Set.of(SNV, SVHTTDL, CONG, BAO), units);
        assertEquals(Set.of(UnitGroup.ALL_LOCAL, UnitGroup.DEPARTMENTS, UnitGroup.COMMUNES, UnitGroup.RELATED), groups);
    }

    @Test
    void aMediaUnitNamedWithoutTinhStillMatchesTheProvinceForm() {
        // Tuyên Quang's "Báo và Phát thanh, Truyền hình Tuyên Quang" is written "… Truyền hình tỉnh" in a province table
        UnitNameMatcher m = new UnitNameMatcher(List.of(new UnitCandidate(77, "Báo và Phát thanh, Truyền hình Tuyên Quang",
                "Báo và PT-TH Tuyên Quang", UnitKind.MEDIA, "Tuyên Quang")));
        List<NameMatch> found = m.match("Báo và Phát thanh, Truyền hình tỉnh");
        assertEquals(1, found.size(), found.toString());
        assertEquals(77L, found.get(0).unitId());
        assertEquals(77L, m.match("Báo và Phát thanh, Truyền hình Tuyên Quang").get(0).unitId());
    }
}
