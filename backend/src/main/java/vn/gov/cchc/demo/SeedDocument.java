package vn.gov.cchc.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.cchc.common.TextNormalizer;

/**
 * Reads the body of a plan document as pasted from its Word file or web page (the seed texts) into
 * the conventional sections, as Markdown, and its recipients list ("Nơi nhận"). Handles a web page
 * that repeats the start of the document (seed 001) by taking the last occurrence of the first
 * heading, and stops at the recipients, the signature block or the appendix.
 */
public final class SeedDocument {

    /** The sections found, as Markdown; null where the document has none. */
    public record Sections(String purpose, String requirements, String content, String forms, String audiences,
            String budget, String organisation) {
    }

    public record Parsed(Sections sections, List<String> recipients) {
    }

    private static final Pattern ROMAN = Pattern.compile("^(I|II|III|IV|V|VI|VII|VIII|IX|X)\\.\\s+(.+)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.\\s+(.+)$");
    private static final Pattern SUBHEADING = Pattern.compile("^\\d+(\\.\\d+)+\\.?\\s+\\S.*$");
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d+)\\.(\\s)");

    private SeedDocument() {
    }

    public static Parsed parse(String text) {
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().map(String::strip).toList();
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = ROMAN.matcher(lines.get(i));
            if (m.matches() && m.group(1).equals("I") && isUpper(m.group(2))) {
                start = i;
            }
        }
        int end = lines.size();
        for (int i = start; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("Nơi nhận") || l.startsWith("TM.") || l.equals("PHỤ LỤC") || l.equals("|")) {
                end = i;
                break;
            }
        }
        StringBuilder purpose = new StringBuilder();
        StringBuilder requirements = new StringBuilder();
        StringBuilder content = new StringBuilder();
        StringBuilder forms = new StringBuilder();
        StringBuilder audiences = new StringBuilder();
        StringBuilder budget = new StringBuilder();
        StringBuilder organisation = new StringBuilder();

        for (Block roman : blocks(lines.subList(start, end), ROMAN)) {
            String heading = TextNormalizer.fold(roman.heading);
            if (heading.contains("muc dich")) {
                for (Block sub : blocks(roman.body, NUMBERED)) {
                    String h = TextNormalizer.fold(sub.heading);
                    append(h.startsWith("yeu cau") ? requirements : purpose, null, sub.body);
                }
            } else if (heading.contains("kinh phi")) {
                append(budget, null, roman.body);
            } else if (heading.contains("to chuc thuc hien")) {
                appendNumbered(organisation, roman.body);
            } else if (heading.contains("noi dung") || heading.contains("doi tuong") || heading.contains("hinh thuc")) {
                List<Block> subs = blocks(roman.body, NUMBERED);
                for (Block sub : subs) {
                    if (sub.heading == null) {
                        append(content, null, sub.body);
                        continue;
                    }
                    String h = TextNormalizer.fold(sub.heading);
                    if (h.startsWith("doi tuong")) {
                        append(audiences, null, sub.body);
                    } else if (h.startsWith("hinh thuc")) {
                        append(forms, null, sub.body);
                    } else if (h.startsWith("noi dung") && subs.stream().filter(b -> b.heading != null).count() > 1) {
                        append(content, null, sub.body);
                    } else {
                        append(content, sub.title, sub.body);
                    }
                }
            } else if (roman.heading != null) {
                append(content, roman.title, roman.body);
            }
        }
        Sections sections = new Sections(text(purpose), text(requirements), text(content), text(forms),
                text(audiences), text(budget), text(organisation));
        return new Parsed(sections, recipients(lines, end));
    }

    private record Block(String heading, String title, List<String> body) {
    }

    /** Splits lines at headings matching {@code pattern}; text before the first heading is a block without one. */
    private static List<Block> blocks(List<String> lines, Pattern pattern) {
        List<Block> out = new ArrayList<>();
        String heading = null;
        String title = null;
        List<String> body = new ArrayList<>();
        for (String l : lines) {
            Matcher m = pattern.matcher(l);
            boolean isHeading = m.matches() && (pattern != ROMAN || isUpper(m.group(2)));
            if (isHeading) {
                if (heading != null || hasText(body)) {
                    out.add(new Block(heading, title, body));
                }
                heading = m.group(2);
                title = l;
                body = new ArrayList<>();
            } else {
                body.add(l);
            }
        }
        if (heading != null || hasText(body)) {
            out.add(new Block(heading, title, body));
        }
        return out;
    }

    private static void appendNumbered(StringBuilder target, List<String> body) {
        for (Block b : blocks(body, NUMBERED)) {
            append(target, b.title, b.body);
        }
    }

    private static void append(StringBuilder target, String title, List<String> body) {
        StringBuilder md = new StringBuilder();
        if (title != null) {
            md.append("**").append(title.replaceAll("[:：]\\s*$", "")).append("**\n\n");
        }
        boolean previousWasItem = false;
        for (String l : body) {
            if (l.isEmpty()) {
                continue;
            }
            boolean item = l.startsWith("- ") || l.startsWith("+ ");
            if (md.length() > 0 && !md.toString().endsWith("\n\n")) {
                md.append(item && previousWasItem ? "\n" : "\n\n");
            }
            if (SUBHEADING.matcher(l).matches() && l.length() < 160 && !l.endsWith(".") && !l.endsWith(";")) {
                md.append("**").append(l.replaceAll("[:：]\\s*$", "")).append("**");
            } else {
                md.append(ORDERED_LIST_START.matcher(l).replaceFirst("$1\\\\.$2"));
            }
            previousWasItem = item;
        }
        if (md.length() == 0) {
            return;
        }
        if (target.length() > 0) {
            target.append("\n\n");
        }
        target.append(md.toString().strip());
    }

    private static List<String> recipients(List<String> lines, int from) {
        List<String> out = new ArrayList<>();
        int i = from;
        while (i < lines.size() && !lines.get(i).startsWith("Nơi nhận")) {
            if (lines.get(i).startsWith("TM.") || lines.get(i).equals("PHỤ LỤC")) {
                return out;
            }
            i++;
        }
        for (i = i + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isEmpty()) {
                if (!out.isEmpty() && i + 1 < lines.size() && !lines.get(i + 1).startsWith("-")) {
                    break;
                }
                continue;
            }
            if (!l.startsWith("-")) {
                break;
            }
            String item = l.substring(1).strip().replaceAll("[;.]\\s*$", "").strip();
            if (!item.isEmpty()) {
                out.add(item);
            }
        }
        return out;
    }

    private static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(java.util.Locale.ROOT)) && !s.equals(s.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean hasText(List<String> body) {
        return body.stream().anyMatch(l -> !l.isEmpty());
    }

    private static String text(StringBuilder sb) {
        String s = sb.toString().strip();
        return s.isEmpty() ? null : s;
    }
}
