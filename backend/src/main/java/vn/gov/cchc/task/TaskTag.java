package vn.gov.cchc.task;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A task's tag from a reference list: a CCHC area, an index, a PAPI dimension, a form. */
@Embeddable
public class TaskTag {

    @Column(name = "list_code", nullable = false, length = 32)
    public String listCode;

    @Column(name = "code", nullable = false, length = 40)
    public String code;

    public TaskTag() {
    }

    public TaskTag(String listCode, String code) {
        this.listCode = listCode;
        this.code = code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaskTag t && Objects.equals(listCode, t.listCode) && Objects.equals(code, t.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(listCode, code);
    }
}
