package vn.gov.cchc.report;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.gov.cchc.task.Task;

/** What a report says of one task: progress, output achieved and figures by metric. */
@Entity
@Table(name = "report_item")
public class ReportItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    public Report report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    public Task task;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TaskStatus status = TaskStatus.NOT_STARTED;

    public Integer percent;

    @Column(columnDefinition = "TEXT")
    public String output;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_figure", joinColumns = @JoinColumn(name = "item_id"))
    @MapKeyColumn(name = "metric", length = 40)
    @Column(name = "value", nullable = false)
    public Map<String, Long> figures = new LinkedHashMap<>();
}
