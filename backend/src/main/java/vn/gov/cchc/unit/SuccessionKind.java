package vn.gov.cchc.unit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SuccessionKind",
        description = "MERGER (sáp nhập: the predecessors cease and the successor takes their work over) or DISSOLUTION (giải thể with a unit named to take the work over)")
public enum SuccessionKind {
    MERGER,
    DISSOLUTION
}
