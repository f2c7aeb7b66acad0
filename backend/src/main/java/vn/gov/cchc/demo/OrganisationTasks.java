package vn.gov.cchc.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A plan without an appendix table assigns its tasks in its prose, under "Tổ chức thực hiện": numbered items
 * ("2.3. Xây dựng, triển khai kế hoạch kiểm tra …") addressed to the units named in the heading above them.
 * The demo data names, for each task, the item, who leads it and when (facts); the wording is read from the
 * seed document at start and turned into the same tab-separated table a coordinator would paste, so that it
 * goes through the appendix import like any other.
 */
final class OrganisationTasks {

    /** One task: the item of the document's organisation section whose wording it takes. */
    record Item(String section, String sectionTitle, String item, Integer paragraph, String lead, String cooperating,
            String timeframe) {
    }

    private static final Pattern ORGANISATION = Pattern.compile("^[IVX]+\\.\\s*TỔ CHỨC THỰC HIỆN\\s*$");

    private OrganisationTasks() {
    }

    /**
     * The appendix table for {@code items}, reading their wording from {@code document}; empty when the document
     * has no organisation section. Items whose wording is not found are left out and returned in {@code missing}.
     */
    static Optional<String> table(String document, List<Item> items, List<String> missing) {
        List<String> lines = document.replace("\r\n", "\n").replace('\r', '\n').lines().map(String::strip).toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (ORGANISATION.matcher(lines.get(i)).matches()) {
                start = i; // the last one: some seeds repeat the document after a summary
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        List<String> organisation = lines.subList(start + 1, lines.size());
        StringBuilder tsv = new StringBuilder("TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\n");
        String section = null;
        int number = 0;
        List<String> rows = new ArrayList<>();
        for (Item item : items) {
            Optional<String> wording = wording(organisation, item.item(), item.paragraph() == null ? 0 : item.paragraph());
            if (wording.isEmpty()) {
                missing.add(item.item());
                continue;
            }
            if (!item.section().equals(section)) {
                section = item.section();
                number = 0;
                rows.add(String.join("\t", section, item.sectionTitle(), "", "", ""));
            }
            number++;
            rows.add(String.join("\t", String.valueOf(number), cell(wording.get()), cell(item.lead()),
                    cell(item.cooperating()), cell(item.timeframe())));
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        rows.forEach(r -> tsv.append(r).append('\n'));
        return Optional.of(tsv.toString());
    }

    /** The item's own line without its number (paragraph 0), or the n-th non-empty line below it. */
    static Optional<String> wording(List<String> lines, String item, int paragraph) {
        String prefix = item + ".";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(prefix + " ") || line.equals(prefix)) {
                if (paragraph == 0) {
                    String own = line.substring(prefix.length()).strip();
                    return own.isEmpty() ? Optional.empty() : Optional.of(own);
                }
                int seen = 0;
                for (int j = i + 1; j < lines.size(); j++) {
                    if (!lines.get(j).isEmpty() && ++seen == paragraph) {
                        return Optional.of(lines.get(j).replaceFirst("^[-–•]\\s*", ""));
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').strip();
    }
}
