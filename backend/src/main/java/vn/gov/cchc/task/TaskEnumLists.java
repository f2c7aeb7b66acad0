package vn.gov.cchc.task;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import vn.gov.cchc.reference.EnumListSource;
import vn.gov.cchc.task.importing.TimeframeKind;
import vn.gov.cchc.task.importing.UnitGroup;

/** The task enumerations the reference lists show. */
@ApplicationScoped
public class TaskEnumLists implements EnumListSource {

    @Override
    public Map<String, Enum<?>[]> enumLists() {
        return Map.of("UnitGroup", UnitGroup.values(), "TimeframeKind", TimeframeKind.values());
    }
}
