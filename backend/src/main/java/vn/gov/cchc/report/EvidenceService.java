package vn.gov.cchc.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.ProblemType;
import vn.gov.cchc.report.ReportDtos.EvidenceView;
import vn.gov.cchc.security.CurrentUser;

/**
 * Evidence: links, and files of the allowed kinds up to a size limit, kept in the database (so
 * they survive restarts and are in its backups). A file's first bytes must match its kind.
 */
@ApplicationScoped
public class EvidenceService {

    /** Allowed types by extension, with the magic bytes their content must start with. */
    static final Map<String, String[]> TYPES = Map.of(
            "pdf", new String[] { "application/pdf", "%PDF" },
            "png", new String[] { "image/png", "\u0089PNG" },
            "jpg", new String[] { "image/jpeg", "\u00FF\u00D8\u00FF" },
            "jpeg", new String[] { "image/jpeg", "\u00FF\u00D8\u00FF" },
            "docx", new String[] { "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK\u0003\u0004" },
            "xlsx", new String[] { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK\u0003\u0004" },
            "pptx", new String[] { "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PK\u0003\u0004" },
            "mp4", new String[] { "video/mp4", null });

    @ConfigProperty(name = "cchc.evidence.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @Inject
    ReportService reports;

    @Inject
    CurrentUser user;

    @Inject
    vn.gov.cchc.security.ReportAccess access;

    private Report writable(long reportId) {
        Report r = reports.visible(reportId);
        if (!access.mayWrite(r.unit)) {
            throw ProblemException.forbidden("report.forbidden.write");
        }
        if (!r.state.editable()) {
            throw ProblemException.invalidState(ReportService.allowed(r), "report.state.not-editable", r.state);
        }
        return r;
    }

    private static void checkTask(Report r, Long taskId) {
        if (taskId != null && r.items.stream().noneMatch(i -> i.task.id.equals(taskId))) {
            throw ProblemException.invalidField("taskId", "report.item.unknown-task", taskId);
        }
    }

    @Transactional
    public EvidenceView addLink(long reportId, String title, String url, Long taskId) {
        Report r = writable(reportId);
        checkTask(r, taskId);
        String u = url.strip();
        if (!u.matches("(?i)^https?://[^\\s]+$")) {
            throw ProblemException.invalidField("url", "evidence.url.invalid");
        }
        ReportEvidence e = new ReportEvidence();
        e.report = r;
        e.taskId = taskId;
        e.kind = ReportEvidence.LINK;
        e.title = title.strip();
        e.url = u;
        e.createdBy = user.username();
        e.persist();
        return view(e);
    }

    @Transactional
    public EvidenceView addFile(long reportId, String fileName, Path content, Long taskId, String title) {
        Report r = writable(reportId);
        checkTask(r, taskId);
        String name = fileName == null ? "" : Path.of(fileName).getFileName().toString();
        if (name.isBlank() || name.length() > 255) {
            throw ProblemException.invalidField("file", "evidence.file.name");
        }
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String[] type = TYPES.get(ext);
        if (type == null) {
            throw ProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "file", "evidence.file.type", name,
                    String.join(", ", TYPES.keySet().stream().sorted().toList()));
        }
        byte[] bytes;
        try {
            long size = Files.size(content);
            if (size > maxBytes) {
                throw ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE, "file", "evidence.file.too-big", name,
                        maxBytes / (1024 * 1024));
            }
            if (size == 0) {
                throw ProblemException.invalidField("file", "evidence.file.empty", name);
            }
            bytes = Files.readAllBytes(content);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the upload", e);
        }
        if (type[1] != null && !startsWith(bytes, type[1])) {
            throw ProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "file", "evidence.file.content", name, ext);
        }
        EvidenceFile f = new EvidenceFile();
        f.content = bytes;
        f.sizeBytes = bytes.length;
        f.sha256 = sha256(bytes);
        f.persist();
        ReportEvidence e = new ReportEvidence();
        e.report = r;
        e.taskId = taskId;
        e.kind = ReportEvidence.FILE;
        e.title = title == null || title.isBlank() ? name : title.strip();
        e.fileId = f.id;
        e.fileName = name;
        e.contentType = type[0];
        e.sizeBytes = (long) bytes.length;
        e.createdBy = user.username();
        e.persist();
        return view(e);
    }

    @Transactional
    public void delete(long reportId, long evidenceId) {
        Report r = writable(reportId);
        ReportEvidence e = ReportEvidence.find("id = ?1 and report = ?2", evidenceId, r).firstResult();
        if (e == null) {
            throw ProblemException.notFound("evidence", evidenceId);
        }
        Long fileId = e.fileId;
        e.delete();
        if (fileId != null) {
            EvidenceFile.deleteById(fileId);
        }
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

    @Transactional
    public Download download(long reportId, long evidenceId) {
        Report r = reports.visible(reportId);
        ReportEvidence e = ReportEvidence.find("id = ?1 and report = ?2", evidenceId, r).firstResult();
        if (e == null || e.fileId == null) {
            throw ProblemException.notFound("evidence", evidenceId);
        }
        EvidenceFile f = EvidenceFile.findById(e.fileId);
        return new Download(e.fileName, e.contentType, f.content);
    }

    public List<String> allowedExtensions() {
        return TYPES.keySet().stream().sorted().toList();
    }

    static EvidenceView view(ReportEvidence e) {
        return new EvidenceView(e.id, e.taskId, e.kind, e.title, e.url, e.fileName, e.contentType, e.sizeBytes, e.createdAt);
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((bytes[i] & 0xff) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
