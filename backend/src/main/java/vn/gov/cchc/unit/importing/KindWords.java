package vn.gov.cchc.unit.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.gov.cchc.common.TextNormalizer;
import vn.gov.cchc.unit.UnitKind;

/**
 * The kind of a unit as a table writes it ("Sở", "Ban", "Đơn vị sự nghiệp", "Phòng", "Trung tâm", "Báo", "Đài", "Mặt trận", or
 * the enum name), or as the first words of its name tell it ("Sở Nội vụ" → DEPARTMENT). A few words depend on the parent:
 * "Ban" and "Văn phòng" are a department under a province and a division under a commune.
 */
public final class KindWords {

    private KindWords() {
    }

    private record Word(String folded, UnitKind kind, UnitKind underCommune) {
    }

    /** Longest first, so that "ban quan ly" is tried before "ban". Folded: lower case, no diacritics. */
    private static final List<Word> WORDS = List.of(
            new Word("don vi su nghiep cong lap", UnitKind.PUBLIC_SERVICE_UNIT, null),
            new Word("co quan chuyen mon", UnitKind.DEPARTMENT, UnitKind.COMMUNE_DIVISION),
            new Word("uy ban mat tran to quoc", UnitKind.FATHERLAND_FRONT, null),
            new Word("mat tran to quoc", UnitKind.FATHERLAND_FRONT, null),
            new Word("don vi su nghiep", UnitKind.PUBLIC_SERVICE_UNIT, null),
            new Word("so ban nganh", UnitKind.DEPARTMENT, null),
            new Word("co quan bao chi", UnitKind.MEDIA, null),
            new Word("benh vien", UnitKind.PUBLIC_SERVICE_UNIT, null),
            new Word("trung tam", UnitKind.PUBLIC_SERVICE_UNIT, null),
            new Word("van phong", UnitKind.DEPARTMENT, UnitKind.COMMUNE_DIVISION),
            new Word("thanh tra", UnitKind.DEPARTMENT, UnitKind.COMMUNE_DIVISION),
            new Word("to dan pho", UnitKind.VILLAGE, null),
            new Word("dac khu", UnitKind.COMMUNE, null),
            new Word("mat tran", UnitKind.FATHERLAND_FRONT, null),
            new Word("doan the", UnitKind.FATHERLAND_FRONT, null),
            new Word("dvsncl", UnitKind.PUBLIC_SERVICE_UNIT, null),
            new Word("sncl", UnitKind.PUBLIC_SERVICE_UNIT, null),
            new Word("mttq", UnitKind.FATHERLAND_FRONT, null),
            new Word("phuong", UnitKind.COMMUNE, null),
            new Word("truong", UnitKind.PUBLIC_SERVICE_UNIT, null),
            new Word("phong", UnitKind.COMMUNE_DIVISION, null),
            new Word("vien", UnitKind.PUBLIC_SERVICE_UNIT, null),
            new Word("thon", UnitKind.VILLAGE, null),
            new Word("bao", UnitKind.MEDIA, null),
            new Word("dai", UnitKind.MEDIA, null),
            new Word("ban", UnitKind.DEPARTMENT, UnitKind.COMMUNE_DIVISION),
            new Word("hoi", UnitKind.FATHERLAND_FRONT, null),
            new Word("so", UnitKind.DEPARTMENT, null),
            new Word("xa", UnitKind.COMMUNE, null));

    private static final Map<String, UnitKind> ENGLISH = Map.of("department", UnitKind.DEPARTMENT, "board",
            UnitKind.DEPARTMENT, "public service unit", UnitKind.PUBLIC_SERVICE_UNIT, "media", UnitKind.MEDIA,
            "fatherland front", UnitKind.FATHERLAND_FRONT, "commune", UnitKind.COMMUNE, "division", UnitKind.COMMUNE_DIVISION,
            "commune division", UnitKind.COMMUNE_DIVISION, "village", UnitKind.VILLAGE);

    /** The kind a kind cell names: a kind word, its English name or the enum name; empty when it names none. */
    public static Optional<UnitKind> parse(String cell, UnitKind parentKind) {
        String f = TextNormalizer.fold(cell);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        String constant = f.replace(' ', '_').toUpperCase(Locale.ROOT);
        for (UnitKind k : UnitKind.values()) {
            if (k.name().equals(constant)) {
                return Optional.of(k);
            }
        }
        if (ENGLISH.containsKey(f)) {
            return Optional.of(ENGLISH.get(f));
        }
        for (Word w : WORDS) {
            if (f.equals(w.folded)) {
                return Optional.of(pick(w, parentKind));
            }
        }
        return Optional.empty();
    }

    /** The kind the first words of a name tell ("Sở …", "Phòng …", "UBND xã …"), or empty. */
    public static Optional<UnitKind> infer(String name, UnitKind parentKind) {
        String f = TextNormalizer.fold(name);
        if (f.startsWith("ubnd ")) {
            f = f.substring(5);
        } else if (f.startsWith("uy ban nhan dan ")) {
            f = f.substring(16);
        }
        for (Word w : WORDS) {
            if (f.equals(w.folded) || f.startsWith(w.folded + " ")) {
                return Optional.of(pick(w, parentKind));
            }
        }
        return Optional.empty();
    }

    private static UnitKind pick(Word w, UnitKind parentKind) {
        return parentKind == UnitKind.COMMUNE && w.underCommune != null ? w.underCommune : w.kind;
    }
}
