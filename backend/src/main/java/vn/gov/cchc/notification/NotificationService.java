package vn.gov.cchc.notification;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.security.CurrentUser;
import vn.gov.cchc.unit.Unit;

/** In-app notices: addressed to a unit, read (or not) by each of its people. */
@ApplicationScoped
public class NotificationService {

    @Inject
    CurrentUser user;

    @Inject
    vn.gov.cchc.security.AccessPolicy policy;

    @Inject
    EntityManager em;

    @Schema(name = "Notification", description = "An in-app notice to the user's unit")
    public record View(
            @Schema(required = true) long id,
            @Schema(required = true, example = "DEADLINE_DUE_SOON") String kind,
            @Schema(required = true) String title,
            @Schema(required = true, nullable = true) String body,
            @Schema(required = true, nullable = true, description = "Where in the application it leads, e.g. /deadlines?planId=3") String link,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true, description = "Read by the signed-in user") boolean read) {
    }

    @Schema(name = "NotificationPage", description = "The user's notices, newest first")
    public record Page(
            @Schema(required = true) List<View> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true) long total,
            @Schema(required = true, description = "How many are unread") long unread) {
    }

    /** Adds a notice for everyone of a unit. */
    @Transactional
    public Notification notify(Unit unit, String kind, String title, String body, String link, Long deadlineId) {
        Notification n = new Notification();
        n.unit = unit;
        n.kind = kind;
        n.title = title.length() > 300 ? title.substring(0, 299) + "…" : title;
        n.body = body;
        n.link = link;
        n.deadlineId = deadlineId;
        n.persist();
        return n;
    }

    @Transactional
    public Page mine(boolean unreadOnly, PageRequest paging) {
        Unit unit = policy.ownUnit().orElse(null);
        String username = user.username();
        if (unit == null) {
            return new Page(List.of(), paging.page(), paging.size(), 0, 0);
        }
        String readSub = "exists (select 1 from NotificationRead r where r.notificationId = n.id and r.username = :me)";
        String base = " from Notification n where n.unit.id = :unit" + (unreadOnly ? " and not " + readSub : "");
        var count = em.createQuery("select count(n)" + base, Long.class).setParameter("unit", unit.id);
        var select = em.createQuery("select n" + base + " order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("unit", unit.id);
        if (unreadOnly) {
            count.setParameter("me", username);
            select.setParameter("me", username);
        }
        long total = count.getSingleResult();
        long unread = em.createQuery("select count(n) from Notification n where n.unit.id = :unit and not " + readSub,
                Long.class).setParameter("unit", unit.id).setParameter("me", username).getSingleResult();
        List<Notification> rows = select.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        Set<Long> read = rows.isEmpty() ? Set.of()
                : em.createQuery("select r.notificationId from NotificationRead r where r.username = :me and r.notificationId in :ids",
                        Long.class).setParameter("me", username)
                        .setParameter("ids", rows.stream().map(n -> n.id).toList()).getResultStream()
                        .collect(Collectors.toSet());
        List<View> items = rows.stream().map(n -> new View(n.id, n.kind, n.title, n.body, n.link, n.createdAt,
                read.contains(n.id))).toList();
        return new Page(items, paging.page(), paging.size(), total, unread);
    }

    @Transactional
    public void markRead(long id) {
        Notification n = Notification.findById(id);
        Unit unit = policy.ownUnit().orElse(null);
        if (n == null || unit == null || !n.unit.id.equals(unit.id)) {
            throw ProblemException.notFound("notification", id);
        }
        em.createNativeQuery("INSERT IGNORE INTO notification_read (notification_id, username, read_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, id).setParameter(2, user.username()).setParameter(3, java.sql.Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    @Transactional
    public int markAllRead() {
        Unit unit = policy.ownUnit().orElse(null);
        if (unit == null) {
            return 0;
        }
        return em.createNativeQuery("INSERT IGNORE INTO notification_read (notification_id, username, read_at) "
                + "SELECT n.id, ?1, ?2 FROM notification n WHERE n.unit_id = ?3")
                .setParameter(1, user.username()).setParameter(2, java.sql.Timestamp.from(Instant.now()))
                .setParameter(3, unit.id).executeUpdate();
    }
}
