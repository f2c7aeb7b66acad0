package vn.gov.cchc.task.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.cchc.common.TextNormalizer;
import vn.gov.cchc.unit.UnitKind;

/**
 * Finds the units and unit groups named in a lead/cooperating cell of an appendix.
 *
 * <p>Names are compared ignoring case, Vietnamese diacritics ("đ" = "d"), spacing, punctuation and the word "và"
 * ("&"), after expanding the usual abbreviations (UBND, HĐND, MTTQ, VHTTDL, PT-TH, KH&CN, GD&ĐT, NN&MT, TTĐT, PVHCC,
 * ĐVSNCL, SNCL, CCHC, a leading VP/TT…). A unit matches by its name, its short name, or either without the trailing
 * name of its enclosing unit ({@link UnitCandidate#provinceName()}, with or without "tỉnh"/"xã"/…); a commune or
 * province also by its name without "Ủy ban nhân dân" ("xã Năm Dẩn").
 *
 * <p>A cell is cut at ";" and line breaks (hard) and at "," and " và " (soft, since names contain them); from each
 * position the longest run of pieces that names one unit or group is taken. Pieces that name nothing are returned,
 * as written, as unresolved matches (neighbouring ones joined by "và" are kept together). When several candidates
 * match the same text only an exact full-name match resolves it.
 */
public final class UnitNameMatcher {

    private static final int MAX_RUN = 8;
    /** No unit or group name has more words than this: longer runs of pieces are not tried. */
    private static final int MAX_NAME_WORDS = 40;

    private record Entry(long id, boolean fullName) {
    }

    private final Map<String, List<Entry>> index = new HashMap<>();

    public UnitNameMatcher(List<UnitCandidate> units) {
        for (UnitCandidate u : units) {
            String full = key(u.name());
            add(full, u.id(), true);
            for (String v : withoutEnclosing(full, u.provinceName())) {
                add(v, u.id(), false);
            }
            if (u.shortName() != null && !u.shortName().isBlank()) {
                String shortKey = key(u.shortName());
                add(shortKey, u.id(), false);
                for (String v : withoutEnclosing(shortKey, u.provinceName())) {
                    add(v, u.id(), false);
                }
            }
            if ((u.kind() == UnitKind.COMMUNE || u.kind() == UnitKind.PROVINCE)
                    && full.startsWith(PEOPLES_COMMITTEE + " ")) {
                add(full.substring(PEOPLES_COMMITTEE.length() + 1), u.id(), false);
            }
        }
    }

    private void add(String key, long id, boolean fullName) {
        if (key.isEmpty()) {
            return;
        }
        List<Entry> entries = index.computeIfAbsent(key, k -> new ArrayList<>());
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.id == id) {
                if (fullName && !e.fullName) {
                    entries.set(i, new Entry(id, true));
                }
                return;
            }
        }
        entries.add(new Entry(id, fullName));
    }

    // ------------------------------------------------------------------------------------------------- matching

    /** A piece of a cell between separators, with its comparison words (before abbreviations are expanded). */
    private record Piece(int start, int end, int commaGroup, int hardSegment, List<String> words) {
    }

    private static final Pattern HARD = Pattern.compile("[;\\n\\r]+");
    private static final Pattern SOFT = Pattern.compile(",|\\s+(?:và|va|&)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Splits a lead/cooperating cell into the units and groups it names, in order, without duplicates. */
    public List<NameMatch> match(String cell) {
        List<NameMatch> out = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return out;
        }
        String text = Normalizer.normalize(cell, Normalizer.Form.NFC);
        List<Piece> pieces = pieces(text);
        Set<String> seen = new HashSet<>();
        int i = 0;
        Piece pendingFirst = null;
        Piece pendingLast = null;
        while (i < pieces.size()) {
            NameMatch found = null;
            int taken = 0;
            for (int len = Math.min(MAX_RUN, pieces.size() - i); len >= 1 && found == null; len--) {
                Piece first = pieces.get(i);
                Piece last = pieces.get(i + len - 1);
                if (first.hardSegment != last.hardSegment) {
                    continue;
                }
                // the words of a run are the words of its pieces: separators ("," "và" "&") are no words
                List<String> words = new ArrayList<>();
                for (int j = i; j < i + len; j++) {
                    words.addAll(pieces.get(j).words);
                }
                if (len > 1 && words.size() > MAX_NAME_WORDS) {
                    continue;
                }
                found = resolve(words, text.substring(first.start, last.end));
                taken = len;
            }
            Piece piece = pieces.get(i);
            if (found != null) {
                flush(text, pendingFirst, pendingLast, out, seen);
                pendingFirst = pendingLast = null;
                emit(found, out, seen);
                i += taken;
                continue;
            }
            // unmatched: keep together with an unmatched neighbour joined by "và" (same comma group)
            if (pendingLast != null && pendingLast.commaGroup == piece.commaGroup
                    && pendingLast.hardSegment == piece.hardSegment) {
                pendingLast = piece;
            } else {
                flush(text, pendingFirst, pendingLast, out, seen);
                pendingFirst = pendingLast = piece;
            }
            i++;
        }
        flush(text, pendingFirst, pendingLast, out, seen);
        return out;
    }

    private static void flush(String text, Piece first, Piece last, List<NameMatch> out, Set<String> seen) {
        if (first != null) {
            String written = tidy(text.substring(first.start, last.end));
            emit(new NameMatch(written, null, null), out, seen);
        }
    }

    private static void emit(NameMatch m, List<NameMatch> out, Set<String> seen) {
        String identity = m.unitId() != null ? "u" + m.unitId() : m.group() != null ? "g" + m.group() : "t" + key(m.text());
        if (seen.add(identity)) {
            out.add(m);
        }
    }

    private List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        int comma = 0;
        int hard = 0;
        Matcher hm = HARD.matcher(text);
        int segStart = 0;
        while (true) {
            boolean more = hm.find();
            int segEnd = more ? hm.start() : text.length();
            Matcher sm = SOFT.matcher(text).region(segStart, segEnd);
            int pStart = segStart;
            while (true) {
                boolean sep = sm.find();
                int pEnd = sep ? sm.start() : segEnd;
                addPiece(text, pStart, pEnd, comma, hard, pieces);
                if (!sep) {
                    break;
                }
                if (sm.group().equals(",")) {
                    comma++;
                }
                pStart = sm.end();
            }
            comma++;
            hard++;
            if (!more) {
                break;
            }
            segStart = hm.end();
        }
        return pieces;
    }

    private static void addPiece(String text, int start, int end, int comma, int hard, List<Piece> pieces) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            List<String> words = words(text.substring(start, end));
            if (!words.isEmpty()) {
                pieces.add(new Piece(start, end, comma, hard, words));
            }
        }
    }

    /** The unit or group a text names, or null. */
    private NameMatch resolve(List<String> words, String written) {
        NameMatch m = resolveKey(expand(words), written);
        if (m == null && written.indexOf('(') >= 0) {
            m = resolveKey(key(written.replaceAll("\\([^)]*\\)?", " ")), written);
        }
        return m;
    }

    private NameMatch resolveKey(String k, String written) {
        if (k.isEmpty()) {
            return null;
        }
        List<Entry> entries = index.get(k);
        if (entries != null && !entries.isEmpty()) {
            Long id = null;
            if (entries.size() == 1) {
                id = entries.get(0).id;
            } else {
                List<Entry> full = entries.stream().filter(Entry::fullName).toList();
                if (full.size() == 1) {
                    id = full.get(0).id;
                }
            }
            return id == null ? null : new NameMatch(tidy(written), id, null);
        }
        UnitGroup g = group(k);
        return g == null ? null : new NameMatch(tidy(written), null, g);
    }

    private static String tidy(String written) {
        String t = written.replaceAll("\\s+", " ");
        t = t.replaceAll("^[\\s\\-+•*–—·]+", "");
        t = t.replaceAll("[\\s.;:,]+$", "");
        return t.strip();
    }

    // ---------------------------------------------------------------------------------------------------- groups

    private static final String PEOPLES_COMMITTEE = "uy ban nhan dan";
    private static final String PROVINCE_TAIL = "(?: (?:tinh|cap tinh|thuoc tinh|cua tinh|trong tinh|tren dia ban tinh|thuoc uy ban nhan dan tinh|truc thuoc uy ban nhan dan tinh))?";
    private static final Pattern DEPARTMENTS = Pattern.compile(
            "^(?:(?:cac )?so ban nganh|(?:cac )?so nganh|cac so|(?:cac )?co quan chuyen mon)" + PROVINCE_TAIL + "$");
    private static final Pattern COMMUNES = Pattern.compile(
            "^(?:uy ban nhan dan |chinh quyen )?(?:cac )?(?:cap xa|xa phuong(?: dac khu)?(?: thi tran)?|phuong xa|xa phuong thi tran)"
                    + PROVINCE_TAIL + "$|^(?:uy ban nhan dan )?cac (?:xa|phuong)" + PROVINCE_TAIL + "$");
    private static final Pattern ALL_LOCAL = Pattern.compile(
            "^(?:cac )?(?:(?:co quan|don vi|dia phuong|to chuc) ){1,3}(?:co quan|don vi|dia phuong|to chuc)"
                    + PROVINCE_TAIL + "$");
    private static final Pattern PUBLIC_SERVICE_UNITS = Pattern.compile(
            "^(?:cac )?don vi su nghiep(?: cong lap)?" + PROVINCE_TAIL + "$");
    private static final Pattern RELATED = Pattern.compile(
            "^(?:cac )?(?:(?:co quan|don vi|to chuc|dia phuong|so|ban|nganh|doan the|ca nhan|phong|bo phan|xa|phuong) )+(?:co )?lien quan$");

    private static UnitGroup group(String k) {
        if (RELATED.matcher(k).matches()) {
            return UnitGroup.RELATED;
        }
        if (DEPARTMENTS.matcher(k).matches()) {
            return UnitGroup.DEPARTMENTS;
        }
        if (COMMUNES.matcher(k).matches()) {
            return UnitGroup.COMMUNES;
        }
        if (PUBLIC_SERVICE_UNITS.matcher(k).matches()) {
            return UnitGroup.PUBLIC_SERVICE_UNITS;
        }
        if (ALL_LOCAL.matcher(k).matches() && k.contains("dia phuong")) {
            return UnitGroup.ALL_LOCAL;
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------------ keys

    private static final List<String> LEVELS = List.of("tinh", "thanh pho", "xa", "phuong", "dac khu", "huyen", "quan", "thi xa", "thi tran");

    /** The name without the trailing name of its enclosing unit (with or without its level word). */
    private static Set<String> withoutEnclosing(String nameKey, String enclosing) {
        Set<String> out = new LinkedHashSet<>();
        if (enclosing == null || enclosing.isBlank()) {
            return out;
        }
        String pk = key(enclosing);
        if (pk.isEmpty()) {
            return out;
        }
        String bare = pk;
        String ownLevel = "tinh";
        for (String level : LEVELS) {
            if (pk.startsWith(level + " ")) {
                bare = pk.substring(level.length() + 1);
                ownLevel = level;
                break;
            }
        }
        List<String> suffixes = new ArrayList<>();
        suffixes.add(" " + pk);
        suffixes.add(" " + bare);
        for (String level : LEVELS) {
            suffixes.add(" " + level + " " + bare);
        }
        for (String suffix : suffixes) {
            if (nameKey.endsWith(suffix)) {
                String rest = nameKey.substring(0, nameKey.length() - suffix.length()).strip();
                if (rest.indexOf(' ') > 0) {
                    out.add(rest);
                    // "Báo và Phát thanh, Truyền hình Tuyên Quang" is also written "… Truyền hình tỉnh"
                    out.add(rest + " " + ownLevel);
                }
            }
        }
        return out;
    }

    private static final Map<String, String> SINGLE = Map.ofEntries(
            Map.entry("ubnd", "uy ban nhan dan"),
            Map.entry("hdnd", "hoi dong nhan dan"),
            Map.entry("mttq", "mat tran to quoc"),
            Map.entry("ub", "uy ban"),
            Map.entry("vhttdl", "van hoa the thao du lich"),
            Map.entry("ptth", "phat thanh truyen hinh"),
            Map.entry("khcn", "khoa hoc cong nghe"),
            Map.entry("gddt", "giao duc dao tao"),
            Map.entry("nnmt", "nong nghiep moi truong"),
            Map.entry("ttdt", "thong tin dien tu"),
            Map.entry("pvhcc", "phuc vu hanh chinh cong"),
            Map.entry("dvsncl", "don vi su nghiep cong lap"),
            Map.entry("sncl", "su nghiep cong lap"),
            Map.entry("cchc", "cai cach hanh chinh"),
            Map.entry("tp", "thanh pho"));
    private static final List<String[]> MULTI = List.of(
            new String[] { "vh tt dl", "van hoa the thao du lich" },
            new String[] { "vhtt dl", "van hoa the thao du lich" },
            new String[] { "vh ttdl", "van hoa the thao du lich" },
            new String[] { "pt th", "phat thanh truyen hinh" },
            new String[] { "kh cn", "khoa hoc cong nghe" },
            new String[] { "gd dt", "giao duc dao tao" },
            new String[] { "nn mt", "nong nghiep moi truong" },
            new String[] { "tt tt", "thong tin truyen thong" });
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final List<String[]> MULTI_TOKENS = MULTI.stream().map(m -> m[0].split(" ")).toList();

    private static boolean startsWith(List<String> tokens, int from, String[] parts) {
        for (int j = 0; j < parts.length; j++) {
            if (!tokens.get(from + j).equals(parts[j])) {
                return false;
            }
        }
        return true;
    }

    /** Abbreviations expanded only as the first word of a name. */
    private static final Map<String, String> LEADING = Map.of("vp", "van phong", "tt", "trung tam");

    /** The comparison key of a name: folded, punctuation and "và" dropped, abbreviations expanded. */
    static String key(String s) {
        return expand(words(s));
    }

    /** Folded words without punctuation, "và" and "&". */
    private static List<String> words(String s) {
        String t = TextNormalizer.unaccent(s).replace("&", " ");
        t = NON_WORD.matcher(t).replaceAll(" ").strip();
        List<String> tokens = new ArrayList<>();
        if (t.isEmpty()) {
            return tokens;
        }
        for (String tok : t.split(" ")) {
            if (!tok.equals("va")) {
                tokens.add(tok);
            }
        }
        return tokens;
    }

    /** The words with the abbreviations expanded, joined by single spaces. */
    private static String expand(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < tokens.size()) {
            String expansion = null;
            int used = 1;
            for (int mi = 0; mi < MULTI.size() && expansion == null; mi++) {
                String[] parts = MULTI_TOKENS.get(mi);
                if (i + parts.length <= tokens.size() && startsWith(tokens, i, parts)) {
                    expansion = MULTI.get(mi)[1];
                    used = parts.length;
                }
            }
            String tok = tokens.get(i);
            if (expansion == null && i == 0) {
                expansion = LEADING.get(tok);
            }
            if (expansion == null) {
                expansion = SINGLE.getOrDefault(tok, tok);
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(expansion);
            i += used;
        }
        return out.toString();
    }
}
