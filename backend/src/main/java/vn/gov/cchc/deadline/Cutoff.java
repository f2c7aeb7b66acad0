package vn.gov.cchc.deadline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Cutoff",
        description = "The days a report's figures cover: CALENDAR (the calendar period) or DECREE_09 (Decree 09/2019/NĐ-CP: from the 15th of the month before the period to the 14th of its last month)")
public enum Cutoff {
    CALENDAR,
    DECREE_09
}
