package vn.gov.cchc.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.cchc.common.ProblemException;

/** A document number and symbol such as {@code 19/KH-UBND}: sequence 19, symbol KH-UBND. */
public record PlanNumber(int sequence, String symbol) {

    private static final Pattern FORM = Pattern.compile(PlanDtos.NUMBER_PATTERN);

    public static PlanNumber parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw ProblemException.invalidField("number", "cchc.plan.number.text");
        }
        int slash = t.indexOf('/');
        return new PlanNumber(Integer.parseInt(t.substring(0, slash)), t.substring(slash + 1));
    }

    public String text() {
        return sequence + "/" + symbol;
    }
}
