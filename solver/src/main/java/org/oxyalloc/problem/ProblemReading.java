package org.oxyalloc.problem;

import java.util.List;

/**
 * The result of reading a problem file: the problem when it has no errors, and every issue found.
 *
 * @param problem null when there is any error
 */
public record ProblemReading(Problem problem, List<ProblemIssue> issues) {

    public boolean isValid() {
        return problem != null;
    }

    public List<ProblemIssue> errors() {
        return issues.stream().filter(ProblemIssue::isError).toList();
    }

    public List<ProblemIssue> warnings() {
        return issues.stream().filter(issue -> !issue.isError()).toList();
    }
}
