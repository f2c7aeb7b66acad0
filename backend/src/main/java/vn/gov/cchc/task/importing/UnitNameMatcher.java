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
 *
 * <p>Units are also named by their official name and code in the national list ({@link UnitCandidate#officialName()},
 * {@link UnitCandidate#officialCode()}). A name resolves only when it is spelt with the unit's diacritics (compared in
 * NFC, tone marks placed either way: "hoá" = "hóa", "thuỷ" = "thủy"); a name that matches a unit only when diacritics
 * are ignored ("So Noi vu", "UBND xa Nam Dan") stays unresolved and carries that unit as a
 * {@link NameMatch#suggestedUnitId() suggestion}: it is never assigned silently.
 */
public final class UnitNameMatcher {

    private static final int MAX_RUN = 8;
    /** No unit or group name has more words than this: longer runs of pieces are not tried. */
    private static final int MAX_NAME_WORDS = 40;

    private record Entry(long id, boolean fullName) {
    }

    /**
     * How names are compared. STRICT: lower case, NFC, diacritics kept (tone marks canonically placed); LOOSE: also
     * without diacritics ("đ" = "d"). Units resolve by STRICT keys only; LOOSE keys give suggestions.
     */
    private enum Mode {
        STRICT, LOOSE
    }

    /** LOOSE keys: suggestions. */
    private final Map<String, List<Entry>> index = new HashMap<>();
    /** STRICT keys: matches. */
    private final Map<String, List<Entry>> strict = new HashMap<>();

    public UnitNameMatcher(List<UnitCandidate> units) {
        for (UnitCandidate u : units) {
            for (Mode mode : Mode.values()) {
                Map<String, List<Entry>> idx = mode == Mode.STRICT ? strict : index;
                String full = key(u.name(), mode);
                add(idx, full, u.id(), true);
                for (String v : withoutEnclosing(full, u.provinceName(), mode)) {
                    add(idx, v, u.id(), false);
                }
                if (u.shortName() != null && !u.shortName().isBlank()) {
                    String shortKey = key(u.shortName(), mode);
                    add(idx, shortKey, u.id(), false);
                    for (String v : withoutEnclosing(shortKey, u.provinceName(), mode)) {
                        add(idx, v, u.id(), false);
                    }
                }
                String committee = mode == Mode.STRICT ? PEOPLES_COMMITTEE_STRICT : PEOPLES_COMMITTEE;
                if ((u.kind() == UnitKind.COMMUNE || u.kind() == UnitKind.PROVINCE) && full.startsWith(committee + " ")) {
                    add(idx, full.substring(committee.length() + 1), u.id(), false);
                }
                if (u.officialName() != null && !u.officialName().isBlank()) {
                    add(idx, key(u.officialName(), mode), u.id(), true);
                }
                if (u.officialCode() != null && !u.officialCode().isBlank()) {
                    add(idx, key(u.officialCode(), mode), u.id(), true);
                }
            }
        }
    }

    /** The most words a unit's key has: longer runs name no unit (they may still name a group). */
    private int maxWords;

    private void add(Map<String, List<Entry>> idx, String key, long id, boolean fullName) {
        if (key.isEmpty()) {
            return;
        }
        maxWords = Math.max(maxWords, key.split(" ").length);
        List<Entry> entries = idx.computeIfAbsent(key, k -> new ArrayList<>());
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
    private record Piece(int start, int end, int commaGroup, int hardSegment, List<String> words, List<String> strictWords,
            List<String> strictPlains) {
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
            // the longest run spelt so without diacritics: a suggestion, taken only when no run is spelt as a unit
            Long suggestion = null;
            int suggestionLen = 0;
            String suggestionText = null;
            for (int len = Math.min(MAX_RUN, pieces.size() - i); len >= 1 && found == null; len--) {
                Piece first = pieces.get(i);
                Piece last = pieces.get(i + len - 1);
                if (first.hardSegment != last.hardSegment) {
                    continue;
                }
                // the words of a run are the words of its pieces: separators ("," "và" "&") are no words
                List<String> words = new ArrayList<>();
                List<String> strictWords = new ArrayList<>();
                List<String> strictPlains = new ArrayList<>();
                for (int j = i; j < i + len; j++) {
                    words.addAll(pieces.get(j).words);
                    strictWords.addAll(pieces.get(j).strictWords);
                    strictPlains.addAll(pieces.get(j).strictPlains);
                }
                if (len > 1 && words.size() > MAX_NAME_WORDS) {
                    continue;
                }
                String written = text.substring(first.start, last.end);
                String looseKey = expand(words, Mode.LOOSE);
                found = resolve(looseKey, strictWords, strictPlains, written);
                taken = len;
                if (found == null && suggestion == null) {
                    suggestion = suggest(looseKey, written);
                    suggestionLen = len;
                    suggestionText = written;
                }
            }
            if (found == null && suggestion != null) {
                found = new NameMatch(tidy(suggestionText), null, null, suggestion);
                taken = suggestionLen;
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
            String piece = text.substring(start, end);
            List<String> words = words(piece, Mode.LOOSE);
            if (!words.isEmpty()) {
                List<String> strictWords = words(piece, Mode.STRICT);
                pieces.add(new Piece(start, end, comma, hard, words, strictWords,
                        strictWords.stream().map(UnitNameMatcher::plain).toList()));
            }
        }
    }

    /** The unit (spelt with its diacritics) or group a text names, or null. */
    private NameMatch resolve(String looseKey, List<String> strictWords, List<String> strictPlains, String written) {
        String strictKey = strictWords.size() > 2 * maxWords ? "" : expand(strictWords, strictPlains, Mode.STRICT);
        NameMatch m = resolveKey(strictKey, looseKey, written);
        if (m == null && written.indexOf('(') >= 0) {
            String bare = written.replaceAll("\\([^)]*\\)?", " ");
            m = resolveKey(key(bare, Mode.STRICT), key(bare), written);
        }
        return m;
    }

    private NameMatch resolveKey(String strictKey, String looseKey, String written) {
        if (looseKey.isEmpty()) {
            return null;
        }
        List<Entry> entries = strict.get(strictKey);
        if (entries != null && !entries.isEmpty()) {
            Long id = unique(entries);
            return id == null ? null : new NameMatch(tidy(written), id, null);
        }
        UnitGroup g = group(looseKey);
        return g == null ? null : new NameMatch(tidy(written), null, g);
    }

    /** The unit a text names when diacritics, case and a leading "UBND" are ignored, or null. */
    private Long suggest(String k, String written) {
        if (k.isEmpty()) {
            return null;
        }
        List<String> keys = new ArrayList<>(List.of(k));
        if (written.indexOf('(') >= 0) {
            keys.add(key(written.replaceAll("\\([^)]*\\)?", " ")));
        }
        for (String candidate : List.copyOf(keys)) {
            if (candidate.startsWith(PEOPLES_COMMITTEE + " ")) {
                keys.add(candidate.substring(PEOPLES_COMMITTEE.length() + 1));
            }
        }
        for (String candidate : keys) {
            List<Entry> entries = index.get(candidate);
            Long id = entries == null || entries.isEmpty() ? null : unique(entries);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /** The one unit of the entries, or the one whose full name it is; null when ambiguous. */
    private static Long unique(List<Entry> entries) {
        if (entries.size() == 1) {
            return entries.get(0).id;
        }
        List<Entry> full = entries.stream().filter(Entry::fullName).toList();
        return full.size() == 1 ? full.get(0).id : null;
    }

    private static String tidy(String written) {
        String t = written.replaceAll("\\s+", " ");
        t = t.replaceAll("^[\\s\\-+•*–—·]+", "");
        t = t.replaceAll("[\\s.;:,]+$", "");
        return t.strip();
    }

    // ---------------------------------------------------------------------------------------------------- groups

    private static final String PEOPLES_COMMITTEE = "uy ban nhan dan";
    private static final String PEOPLES_COMMITTEE_STRICT = strictWord("ủy") + " ban nhân dân";
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

    private static final List<String> LEVEL_NAMES = List.of("tỉnh", "thành phố", "xã", "phường", "đặc khu", "huyện", "quận",
            "thị xã", "thị trấn");
    private static final List<String> LEVELS = LEVEL_NAMES.stream().map(TextNormalizer::unaccent).toList();
    private static final List<String> STRICT_LEVELS = LEVEL_NAMES.stream().map(UnitNameMatcher::strictPhrase).toList();

    /** The name without the trailing name of its enclosing unit (with or without its level word). */
    private static Set<String> withoutEnclosing(String nameKey, String enclosing, Mode mode) {
        Set<String> out = new LinkedHashSet<>();
        if (enclosing == null || enclosing.isBlank()) {
            return out;
        }
        String pk = key(enclosing, mode);
        if (pk.isEmpty()) {
            return out;
        }
        List<String> levels = mode == Mode.STRICT ? STRICT_LEVELS : LEVELS;
        String bare = pk;
        String ownLevel = levels.get(0);
        for (String level : levels) {
            if (pk.startsWith(level + " ")) {
                bare = pk.substring(level.length() + 1);
                ownLevel = level;
                break;
            }
        }
        List<String> suffixes = new ArrayList<>();
        suffixes.add(" " + pk);
        suffixes.add(" " + bare);
        for (String level : levels) {
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

    /** Abbreviations (folded) and what they stand for, with their diacritics. */
    private static final Map<String, String> SINGLE = Map.ofEntries(
            Map.entry("ubnd", "ủy ban nhân dân"),
            Map.entry("hdnd", "hội đồng nhân dân"),
            Map.entry("mttq", "mặt trận tổ quốc"),
            Map.entry("ub", "ủy ban"),
            Map.entry("vhttdl", "văn hóa thể thao du lịch"),
            Map.entry("ptth", "phát thanh truyền hình"),
            Map.entry("khcn", "khoa học công nghệ"),
            Map.entry("gddt", "giáo dục đào tạo"),
            Map.entry("nnmt", "nông nghiệp môi trường"),
            Map.entry("ttdt", "thông tin điện tử"),
            Map.entry("pvhcc", "phục vụ hành chính công"),
            Map.entry("dvsncl", "đơn vị sự nghiệp công lập"),
            Map.entry("sncl", "sự nghiệp công lập"),
            Map.entry("cchc", "cải cách hành chính"),
            Map.entry("tp", "thành phố"));
    private static final List<String[]> MULTI = List.of(
            new String[] { "vh tt dl", "văn hóa thể thao du lịch" },
            new String[] { "vhtt dl", "văn hóa thể thao du lịch" },
            new String[] { "vh ttdl", "văn hóa thể thao du lịch" },
            new String[] { "pt th", "phát thanh truyền hình" },
            new String[] { "kh cn", "khoa học công nghệ" },
            new String[] { "gd dt", "giáo dục đào tạo" },
            new String[] { "nn mt", "nông nghiệp môi trường" },
            new String[] { "tt tt", "thông tin truyền thông" });
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern STRICT_NON_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");
    private static final List<String[]> MULTI_TOKENS = MULTI.stream().map(m -> m[0].split(" ")).toList();
    private static final String STRICT_AND = strictWord("và");

    private static boolean startsWith(List<String> tokens, int from, String[] parts) {
        for (int j = 0; j < parts.length; j++) {
            if (!tokens.get(from + j).equals(parts[j])) {
                return false;
            }
        }
        return true;
    }

    /** Abbreviations expanded only as the first word of a name. */
    private static final Map<String, String> LEADING = Map.of("vp", "văn phòng", "tt", "trung tâm");

    /** The comparison key of a name: folded, punctuation and "và" dropped, abbreviations expanded. */
    static String key(String s) {
        return key(s, Mode.LOOSE);
    }

    private static String key(String s, Mode mode) {
        return expand(words(s, mode), mode);
    }

    /**
     * The words of a name without punctuation, "và" and "&": LOOSE folded (no diacritics, "đ" = "d"); STRICT in lower
     * case and NFC with their diacritics, each word's tone mark moved to its end so that "hoá" and "hóa" are one word.
     */
    private static List<String> words(String s, Mode mode) {
        List<String> tokens = new ArrayList<>();
        if (mode == Mode.STRICT) {
            String t = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT).replace("&", " ");
            t = STRICT_NON_WORD.matcher(t).replaceAll(" ").strip();
            if (t.isEmpty()) {
                return tokens;
            }
            for (String tok : t.split(" ")) {
                String w = strictWord(tok);
                if (!w.equals(STRICT_AND) && hasWordCharacter(plain(w))) {
                    tokens.add(w);
                }
            }
            return tokens;
        }
        String t = TextNormalizer.unaccent(s).replace("&", " ");
        t = NON_WORD.matcher(t).replaceAll(" ").strip();
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

    private static boolean hasWordCharacter(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                return true;
            }
        }
        return false;
    }

    /** A word in lower case and NFC, its tone mark (grave, acute, tilde, hook, dot below) as "#1".."#5" at its end. */
    private static String strictWord(String word) {
        String d = Normalizer.normalize(word.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(d.length());
        int tone = 0;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            switch (c) {
                case '\u0300' -> tone = 1;
                case '\u0301' -> tone = 2;
                case '\u0303' -> tone = 3;
                case '\u0309' -> tone = 4;
                case '\u0323' -> tone = 5;
                default -> base.append(c);
            }
        }
        String b = Normalizer.normalize(base, Normalizer.Form.NFC);
        return tone == 0 ? b : b + "#" + tone;
    }

    private static String strictPhrase(String phrase) {
        return String.join(" ", java.util.Arrays.stream(phrase.split(" ")).map(UnitNameMatcher::strictWord).toList());
    }

    /** A word as folded: the abbreviation tables are looked up by it. */
    private static String plain(String token) {
        int hash = token.indexOf('#');
        String word = hash < 0 ? token : token.substring(0, hash);
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 128) {
                return TextNormalizer.unaccent(word);
            }
        }
        return word;
    }

    private static final Map<String, String> EXPANDED_STRICT = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, String> EXPANDED_LOOSE = new java.util.concurrent.ConcurrentHashMap<>();

    private static String expansion(String expansion, Mode mode) {
        return mode == Mode.STRICT ? EXPANDED_STRICT.computeIfAbsent(expansion, UnitNameMatcher::strictPhrase)
                : EXPANDED_LOOSE.computeIfAbsent(expansion, TextNormalizer::unaccent);
    }

    /** The words with the abbreviations expanded, joined by single spaces. */
    private static String expand(List<String> tokens, Mode mode) {
        return expand(tokens, mode == Mode.LOOSE ? tokens : tokens.stream().map(UnitNameMatcher::plain).toList(), mode);
    }

    /** {@code plains}: the tokens {@link #plain folded}, by which abbreviations are looked up. */
    private static String expand(List<String> tokens, List<String> plains, Mode mode) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < tokens.size()) {
            String expansion = null;
            int used = 1;
            for (int mi = 0; mi < MULTI.size() && expansion == null; mi++) {
                String[] parts = MULTI_TOKENS.get(mi);
                if (i + parts.length <= tokens.size() && startsWith(plains, i, parts)) {
                    expansion = MULTI.get(mi)[1];
                    used = parts.length;
                }
            }
            String tok = tokens.get(i);
            String plain = plains.get(i);
            if (expansion == null && i == 0) {
                expansion = LEADING.get(plain);
            }
            if (expansion == null) {
                expansion = SINGLE.get(plain);
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            if (expansion == null) {
                out.append(tok);
            } else {
                out.append(expansion(expansion, mode));
            }
            i += used;
        }
        return out.toString();
    }
}
