package vn.gov.cchc.deadline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.cchc.common.Messages;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.deadline.DeadlineDtos.DeadlineView;
import vn.gov.cchc.security.AccessPolicy;
import vn.gov.cchc.security.CurrentUser;
import vn.gov.cchc.security.Visibility;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitService;

/**
 * Calendar subscriptions: a person makes a secret URL (shown once; only its hash is kept) that
 * Outlook, Google Calendar or Thunderbird can poll without signing in; it shows the deadlines of the
 * units the person could see when making it, and stops working when rotated or revoked.
 */
@ApplicationScoped
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    CurrentUser user;

    @Inject
    AccessPolicy policy;

    @Inject
    UnitService units;

    @Inject
    DeadlineService deadlines;

    @ConfigProperty(name = "cchc.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Schema(name = "CalendarFeed", description = "The signed-in user's calendar subscription")
    public record Feed(
            @Schema(required = true, description = "False until one is made") boolean exists,
            @Schema(required = true, nullable = true) Instant createdAt,
            @Schema(required = true, nullable = true,
                    description = "The subscription URL of the user's unit, with the secret: given only when made or rotated") String url,
            @Schema(required = true, nullable = true,
                    description = "The same URL without the unit: replace {unitId} with any unit in scope") String urlTemplate) {
    }

    @Transactional
    public Feed current() {
        CalendarToken t = CalendarToken.find("username", user.username()).firstResult();
        return new Feed(t != null, t == null ? null : t.createdAt, null, null);
    }

    /** Makes a new secret (the previous one stops working) and returns the URL once. */
    @Transactional
    public Feed rotate() {
        Visibility v = policy.visibility();
        if (v.nothing() || (!v.everything() && v.subtreePath() == null)) {
            throw ProblemException.forbidden("feed.no-scope");
        }
        CalendarToken.delete("username", user.username());
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        CalendarToken t = new CalendarToken();
        t.tokenHash = hash(token);
        t.username = user.username();
        t.everything = v.everything();
        t.scopePath = v.subtreePath();
        t.persist();
        String template = publicUrl.replaceAll("/+$", "") + "/api/v1/units/{unitId}/deadlines.ics?token=" + token;
        Unit own = policy.ownUnit().orElse(null);
        return new Feed(true, t.createdAt, own == null ? null : template.replace("{unitId}", own.id.toString()), template);
    }

    @Transactional
    public void revoke() {
        CalendarToken.delete("username", user.username());
    }

    /** The .ics of a unit's deadlines for whoever holds the secret; 404 for a wrong secret or a unit out of its scope. */
    @Transactional
    public String ics(long unitId, String token, boolean subtree, Locale locale) {
        CalendarToken t = token == null || token.isBlank() ? null : CalendarToken.findById(hash(token));
        Unit unit = units.find(unitId).orElse(null);
        if (t == null || unit == null || (!t.everything && (t.scopePath == null || !unit.path.startsWith(t.scopePath)))) {
            throw ProblemException.notFound("unit", unitId);
        }
        List<DeadlineView> list = deadlines.forFeed(unit, subtree, locale);
        String host = publicUrl.replaceFirst("^https?://", "").replaceAll("[:/].*$", "");
        return Ics.calendar(Messages.get(locale, "feed.name", unit.name), list,
                d -> summary(d, locale), d -> description(d, locale), host.isEmpty() ? "cchc" : host);
    }

    private static String summary(DeadlineView d, Locale locale) {
        String what = switch (d.kind()) {
            case IMPLEMENTING_PLAN -> Messages.get(locale, "feed.summary.implementing");
            case REPORT -> Messages.get(locale, "feed.summary.report", d.period() == null ? "" : d.period().label());
            case TASK -> Messages.get(locale, "feed.summary.task",
                    d.task() == null ? "" : (d.task().sectionCode() == null ? "" : d.task().sectionCode() + ".") + d.task().orderNo());
        };
        return (d.metOn() != null ? "✓ " : "") + what + " – " + d.unit().name();
    }

    private static String description(DeadlineView d, Locale locale) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.plan().number() == null ? "" : d.plan().number() + " – ").append(d.plan().title()).append('\n');
        if (d.task() != null) {
            sb.append(d.task().excerpt()).append('\n');
        }
        sb.append(Messages.get(locale, "feed.due", d.dueOn().format(VN)));
        if (d.metOn() != null) {
            sb.append('\n').append(Messages.get(locale, "feed.met", d.metOn().format(VN)));
        }
        return sb.toString();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
