package vn.gov.cchc.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.EntityTag;

/** Entity versions travel as strong ETags, {@code "3"}; writers send them back in {@code If-Match}. */
public final class Etags {

    private static final Pattern TAG = Pattern.compile("^\\s*(?:W/)?\"(\\d{1,9})\"\\s*$");

    private Etags() {
    }

    public static EntityTag of(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /**
     * Checks a required If-Match against the current version: missing → 428, unreadable → 400,
     * different → 412. {@code *} matches any version.
     */
    public static void requireMatch(String ifMatch, int currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "error.if-match.required");
        }
        checkMatch(ifMatch, currentVersion);
    }

    /** Same as {@link #requireMatch} but a missing header is accepted. */
    public static void checkMatch(String ifMatch, int currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        boolean any = false;
        for (String part : ifMatch.split(",")) {
            Matcher m = TAG.matcher(part);
            if (!m.matches()) {
                throw ProblemException.invalidField("If-Match", "error.header.if-match", ifMatch);
            }
            any |= Integer.parseInt(m.group(1)) == currentVersion;
        }
        if (!any) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "error.if-match.stale", currentVersion);
        }
    }
}
