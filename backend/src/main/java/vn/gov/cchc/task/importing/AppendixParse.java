package vn.gov.cchc.task.importing;

import java.util.List;

/** The tasks read from an appendix and the problems found, in source order. */
public record AppendixParse(List<ParsedTask> tasks, List<ImportProblem> problems) {

    public AppendixParse {
        tasks = List.copyOf(tasks);
        problems = List.copyOf(problems);
    }
}
