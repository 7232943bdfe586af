package org.cnngrader.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.cnngrader.report.Finding;

/**
 * The students an LMS's download lays out side by side at the top of a cohort folder (Blackboard's, Canvas's), the
 * entries they take (their files, and receipts), and what was noted of them.
 */
record Download(List<HandedIn> students, Set<Path> taken, List<Finding> findings) {

    Download {
        students = List.copyOf(students);
        taken = Set.copyOf(taken);
        findings = List.copyOf(findings);
    }
}
