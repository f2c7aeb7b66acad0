package vn.gov.cchc.reference;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One item of a reference list (CCHC areas, indices, PAPI dimensions, forms, audiences, metrics). */
@Entity
@Table(name = "ref_item")
public class RefItem extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "list_code", length = 32)
        public String listCode;

        @Column(name = "code", length = 40)
        public String code;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(listCode, k.listCode) && Objects.equals(code, k.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(listCode, code);
        }
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int position;

    @Column(name = "label_vi", nullable = false)
    public String labelVi;

    @Column(name = "label_en", nullable = false)
    public String labelEn;

    @Column(name = "measure_vi", length = 60)
    public String measureVi;

    @Column(name = "measure_en", length = 60)
    public String measureEn;
}
