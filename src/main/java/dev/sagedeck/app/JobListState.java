package dev.sagedeck.app;

import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.TrainingJob;
import java.time.Instant;
import java.util.List;

/**
 * The job list: the last rows loaded (kept when a refresh fails), mine or all, the filter being
 * typed or applied, the sort, which job is selected (by name, so refreshes keep it), and when the
 * list was last loaded, failed, and will be refreshed next.
 */
public record JobListState(
        List<TrainingJob> jobs,
        JobScope scope,
        String filter,
        boolean editingFilter,
        JobSort sort,
        String selected,
        Instant loadedAt,
        String error,
        Instant errorAt,
        int failures,
        Instant nextRefresh) {

    public JobListState {
        jobs = List.copyOf(jobs);
    }

    public static JobListState initial() {
        return new JobListState(List.of(), JobScope.MINE, "", false, JobSort.CREATED, null, null, null, null, 0, Instant.EPOCH);
    }

    public JobListState withJobs(List<TrainingJob> j, Instant at) {
        return new JobListState(j, scope, filter, editingFilter, sort, selected, at, null, null, 0, nextRefresh);
    }

    public JobListState withScope(JobScope s) {
        return new JobListState(jobs, s, filter, editingFilter, sort, selected, loadedAt, error, errorAt, failures, nextRefresh);
    }

    public JobListState withFilter(String f, boolean editing) {
        return new JobListState(jobs, scope, f, editing, sort, selected, loadedAt, error, errorAt, failures, nextRefresh);
    }

    public JobListState withSort(JobSort s) {
        return new JobListState(jobs, scope, filter, editingFilter, s, selected, loadedAt, error, errorAt, failures, nextRefresh);
    }

    public JobListState withSelected(String name) {
        return new JobListState(jobs, scope, filter, editingFilter, sort, name, loadedAt, error, errorAt, failures, nextRefresh);
    }

    public JobListState withError(String message, Instant at) {
        return new JobListState(jobs, scope, filter, editingFilter, sort, selected, loadedAt, message, at, failures + 1, nextRefresh);
    }

    public JobListState withNextRefresh(Instant at) {
        return new JobListState(jobs, scope, filter, editingFilter, sort, selected, loadedAt, error, errorAt, failures, at);
    }
}
