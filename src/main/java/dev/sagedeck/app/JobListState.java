package dev.sagedeck.app;

import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.TrainingJob;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The job list: the last rows loaded (kept when a refresh fails), mine or all, the filter being
 * typed or applied, the sort, which job is selected (by name, so refreshes keep it), and when the
 * list was last loaded, failed, and will be refreshed next; the searches its rows are grouped under.
 */
public record JobListState(
        List<TrainingJob> jobs,
        JobScope scope,
        dev.sagedeck.app.keys.TextField filterField,
        boolean editingFilter,
        JobSort sort,
        String selected,
        Instant loadedAt,
        String error,
        Instant errorAt,
        int failures,
        Instant nextRefresh,
        Map<String, MetricSeries> series,
        SearchList searches) {

    public JobListState {
        jobs = List.copyOf(jobs);
        series = Map.copyOf(series);
        searches = searches == null ? SearchList.NONE : searches;
    }

    public static JobListState initial() {
        return new JobListState(List.of(), JobScope.MINE, dev.sagedeck.app.keys.TextField.EMPTY, false, JobSort.CREATED, null, null, null, null, 0, Instant.EPOCH, Map.of(), SearchList.NONE);
    }

    public JobListState withJobs(List<TrainingJob> j, Instant at) {
        return new JobListState(j, scope, filterField, editingFilter, sort, selected, at, null, null, 0, nextRefresh, series, searches);
    }

    /** The same list with some rows replaced (a fresher description), keeping errors and timings. */
    public JobListState withRows(List<TrainingJob> j) {
        return new JobListState(j, scope, filterField, editingFilter, sort, selected, loadedAt, error, errorAt, failures, nextRefresh, series, searches);
    }

    public JobListState withScope(JobScope s) {
        return new JobListState(jobs, s, filterField, editingFilter, sort, selected, loadedAt, error, errorAt, failures, nextRefresh, series, searches);
    }

    /** The filter's text (applied as typed). */
    public String filter() {
        return filterField.text();
    }

    public JobListState withFilter(String f, boolean editing) {
        return withFilterField(dev.sagedeck.app.keys.TextField.of(f), editing);
    }

    public JobListState withFilterField(dev.sagedeck.app.keys.TextField f, boolean editing) {
        return new JobListState(jobs, scope, f, editing, sort, selected, loadedAt, error, errorAt, failures, nextRefresh, series, searches);
    }

    public JobListState withSort(JobSort s) {
        return new JobListState(jobs, scope, filterField, editingFilter, s, selected, loadedAt, error, errorAt, failures, nextRefresh, series, searches);
    }

    public JobListState withSelected(String name) {
        return new JobListState(jobs, scope, filterField, editingFilter, sort, name, loadedAt, error, errorAt, failures, nextRefresh, series, searches);
    }

    public JobListState withError(String message, Instant at) {
        return new JobListState(jobs, scope, filterField, editingFilter, sort, selected, loadedAt, message, at, failures + 1, nextRefresh, series, searches);
    }

    /** Remembers the metric series read from a job's log, for its sparkline in the list. */
    public JobListState withSeries(String job, MetricSeries m) {
        Map<String, MetricSeries> next = new HashMap<>(series);
        next.put(job, m);
        return new JobListState(jobs, scope, filterField, editingFilter, sort, selected, loadedAt, error, errorAt, failures, nextRefresh, next, searches);
    }

    public JobListState withNextRefresh(Instant at) {
        return new JobListState(jobs, scope, filterField, editingFilter, sort, selected, loadedAt, error, errorAt, failures, at, series, searches);
    }

    /** The searches the rows are grouped under, with which are expanded. */
    public JobListState withSearches(SearchList s) {
        return new JobListState(jobs, scope, filterField, editingFilter, sort, selected, loadedAt, error, errorAt, failures, nextRefresh, series, s);
    }
}
