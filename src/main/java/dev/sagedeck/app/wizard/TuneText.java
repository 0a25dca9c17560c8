package dev.sagedeck.app.wizard;

/** The words of the wizard's tune step and of its review (a search, local or on SageMaker). */
public final class TuneText {
    private TuneText() {}

    public static final String OFF = "no: train once with these values";
    public static final String ON = "yes: search them (ranges on the next step)";
    public static final String FIXED_HINT = "(fixed: %s)";
    public static final String MORE_HINT = "(none)";
    public static final String RANGE_SHAPE = "give MIN:MAX (3:9, 0.01:0.3:log) or values A,B; leave it empty to keep %s fixed";
    public static final String MORE_SHAPE = "give NAME=MIN:MAX[:lin|log|auto] or NAME=A,B,C, separated by spaces; '%s' is neither";
    public static final String WHOLE_NUMBER = "%s must be a whole number; got '%s'";
    public static final String LOCAL_SCRIPT = "a local search trains the built-in XGBoost; search a script on SageMaker (step 1), or choose built-in";
    public static final String LONG_DEMO = "a search trains at full speed on the bundled sample; the long demo is for practising a stop: "
            + "choose the sample (step 2), or no search";
    public static final String ONE_COUNT = "a search runs every configuration on one instance count; give one count, not %s";
    public static final String RANDOM = "random: values drawn at random (repeatable: seed 42)";
    public static final String GRID = "grid: every combination of the values (ranges step through whole numbers)";
    public static final String BAYESIAN = "Bayesian: SageMaker picks each next configuration from the results so far";
    public static final String HYPERBAND = "Hyperband: SageMaker stops weak configurations early, by itself";
    public static final String EARLY_OFF = "off: every configuration trains all its rounds";
    public static final String EARLY_AUTO = "auto: stop one worse than the median of the earlier ones at the same round";
    public static final String PARALLEL_LOCAL = "  this machine: as many as its cores and memory allow (the review says how many)";

    public static final String HELP_TUNE = "yes adds a step: each hyperparameter fixed or a range, the strategy, the objective and the limits.";
    public static final String HELP_RANGE = "Empty: fixed at the value on the hyperparameters step. MIN:MAX[:lin|log|auto] searches a range"
            + " (whole numbers for max_depth, num_round), A,B,C picks among values. The same text as tune --range / --values.";
    public static final String HELP_MORE = "Other searched hyperparameters, e.g. gamma=0:5 min_child_weight=1:10 booster=gbtree,dart (tune --range / --values).";
    public static final String HELP_STRATEGY_LOCAL = "A local search runs random or grid search.";
    public static final String HELP_STRATEGY_MANAGED = "SageMaker runs Bayesian (default), random, grid or Hyperband search.";
    public static final String HELP_OBJECTIVE = "The metric each configuration is ranked by; auc, accuracy, f1, map and ndcg are maximized, the others minimized.";
    public static final String HELP_MAX_JOBS = "Configurations to train in all (grid: at least the grid's size). At most 500.";
    public static final String HELP_MAX_PARALLEL = "Configurations at once; a local search also stays within this machine's cores and memory.";
    public static final String HELP_EARLY = "auto stops a configuration that does worse than the median of the earlier ones at the same round.";

    // the review
    public static final String REVIEW_LOCAL = "A local %s search of %d configurations on this machine (free), objective %s (%s).";
    public static final String REVIEW_MANAGED = "A SageMaker tuning job: %s search, %d training jobs, %d at once, objective %s (%s).";
    public static final String CONFIGURATIONS = "Configurations (searched values):";
    public static final String CEILING = "Cost ceiling: %s (%s)";
    public static final String WALL = "Expected wall time: %s (%s)";
    public static final String REQUEST = "CreateHyperParameterTuningJob request (the same as sagedeck tune --dry-run --json):";
    public static final String UPLOADS = "Would upload: %s";
    public static final String STARTED = "Started the search %s: %d configurations. Its log: Enter; stop it: S.";
    public static final String STARTED_MANAGED = "Created the tuning job %s (%s).";
    public static final String FIRST_MAX_JOBS = "Up to %d configurations";

    // promote a local search
    public static final String PROMOTE_SEARCH_NOT_FINISHED = "The search %s has not finished (status %s); promote it once it has.";
    public static final String PROMOTE_SEARCH_TITLE = "%s as a tuning job";
    public static final String PROMOTING = "Reading the search %s ...";
    public static final String PROMOTE_NOT_LOCAL_SEARCH = "%s is a SageMaker tuning job already; P promotes a finished local search to one.";
}
