package dev.sagedeck.app.wizard;

/** The wizard's and the comparison's user-facing text in one place (the dashboard's own lives in app.Text). */
public final class WizardText {
    private WizardText() {}

    public static final String TITLE_NEW = "New run";
    public static final String TITLE_CLONE = "Clone of %s";
    public static final String TITLE_PROMOTE = "%s on SageMaker";
    public static final String STEP = "step %d of %d: %s";

    public static final String SAGEMAKER_UNAVAILABLE = "SageMaker is not available: %s. Choose local, or configure AWS and restart.";
    // launch settings, checkpoints and data distribution (issue 14)
    public static final String REPLICATED = "FullyReplicated: every instance gets all of it (built-in XGBoost: no speed-up)";
    public static final String SHARDED = "ShardedByS3Key: each instance gets 1/N (sagedeck splits a local CSV into N shards)";
    public static final String NEW_CHECKPOINTS = "new: this job's own (<output>/<job>/checkpoints/ with spot)";
    public static final String RESUME_CHECKPOINTS = "resume: the cloned job's checkpoints (continue where it was interrupted)";
    public static final String DISTRIBUTION_ADVICE = "Replicated copies all the data to every instance; sharded gives each its own part. More than one instance rarely pays below 50 GB (the lesson).";
    public static final String CHECKPOINTS_DEFAULT = "<output>/<job>/checkpoints/ <-> /opt/ml/checkpoints: a spot interruption resumes from them";
    public static final String TRAIN_REQUIRED = "give the training data: a local CSV path, or an s3:// URI on SageMaker";
    public static final String LOCAL_NOT_S3 = "a local run reads local files, not S3: %s %s (choose SageMaker in step 1, or give a local path)";
    public static final String NOT_A_LOCATION = "%s %s: give a local path or an s3:// URI";
    public static final String LABEL_REQUIRED = "the csv preset needs the label column (the column to predict)";
    public static final String ENTRY_POINT_REQUIRED = "script mode needs the entry point, e.g. train_xgboost.py";
    public static final String EXTRA_SHAPE = "extra params are key=value separated by spaces; '%s' is not";
    public static final String EXTRA_OWN_FIELD = "%s has its own field above; remove it here";
    public static final String EXTRA_TWICE = "%s is given twice";
    public static final String COUNT_RANGE = "instance count must be a whole number in [1, 100], or several for the experiment (1,2); got %s";
    public static final String COUNTS_PROBLEM = "give each count once, at most five (1,2 runs the job on 1 and on 2 instances); got %s";
    public static final String EXPERIMENT = "%d jobs, one per count (%s), named <job>-x<count>; the comparison opens when they start";
    public static final String DURATION_SHAPE = "%s must be a duration like 30m, 1h, 1h30m or 3600 (seconds), at most 28d; got %s";
    public static final String WAIT_BELOW_RUNTIME = "max wait (%s) must be at least the max runtime (%s): SageMaker refuses spot jobs otherwise";
    public static final String ROLE_REQUIRED = "SageMaker needs an execution role ARN (arn:aws:iam::<account>:role/<name>)";
    public static final String ROLE_SHAPE = "'%s' is not a role ARN (arn:aws:iam::<12-digit account>:role/<name>)";
    public static final String OUTPUT_REQUIRED = "give the output location: s3://bucket/prefix (the model goes there)";
    public static final String OUTPUT_NOT_S3 = "output must be an s3://bucket/prefix URI; got %s";

    public static final String FIX_FIRST = "Fix this first: %s";
    public static final String CANCELLED = "New run cancelled; nothing was launched.";
    public static final String SUBMITTING = "Submitting ...";
    public static final String LISTING = "Still reading %s: Tab again in a moment.";
    public static final String BLOCKED = "Submit is blocked: %s";
    public static final String PLANNING = "Checking (dry run and pre-submit checks) ...";
    public static final String CHECKS_PENDING = "Wait for the pre-submit checks to finish.";
    public static final String NO_PLANNING = "SageMaker launch planning is not available in this build: no dry run, no pre-submit checks";
    public static final String PROMOTE_NOT_LOCAL = "%s is not a local run; P promotes a finished local run to SageMaker (C clones any job).";
    public static final String PROMOTE_NOT_FINISHED = "%s has not finished (status %s); promote it once it has.";
    public static final String PROMOTE_NO_AWS = "Promote needs SageMaker, which is not available: %s";
    public static final String READ_ONLY_LAUNCH =
            "sagedeck runs read-only (--read-only): it never launches anything. Restart without --read-only to start runs.";
    public static final String LAUNCH_TITLE = "Launch";

    public static final String COUNT_ADVICE = "Start with 1. More than one instance rarely pays below 50 GB of data (the lesson).";
    public static final String COST_UNKNOWN = "price of %s unknown: no cost ceiling";
    public static final String LOCAL_COST = "free (this machine)";

    public static final String HELP_WHERE = "local runs here as its own process (free); SageMaker bills per instance-second.";
    public static final String HELP_NAME = "Empty: <owner>-xgb-<date>-<time>. Letters, digits, hyphens; at most 63.";
    public static final String DEMO_LOCAL_ONLY = "the long demo runs on this machine only; choose the sample or a file for SageMaker";
    public static final String DEMO_NOTE = "Long demo: the Titanic sample with a pause after each round, so the run lasts about a minute."
            + " Open it, watch its log stream, and press S to practise stopping (a clone of it runs at full speed).";
    public static final String HELP_START_FROM = "New runs start from the lesson's values; Right (or Space) switches to your last run's values.";
    public static final String HELP_SOURCE = "The sample is the lesson's Titanic data, split 713/178 rows.";
    public static final String HELP_TRAIN = "A CSV with a header row. Local runs read local files; SageMaker takes either (a local file is uploaded).";
    public static final String HELP_PRESET = "titanic: the lesson's preprocessing. csv: any numeric CSV with a label column.";
    public static final String HELP_TEST = "Optional: evaluated after training (accuracy, precision, recall).";
    public static final String HELP_MODE = "built-in: sagedeck's XGBoost here, SageMaker's XGBoost container there. script: your train.py.";
    public static final String HELP_ENTRY = "Your script; locally it runs with the SM_* variables SageMaker sets.";
    public static final String HELP_SOURCE_DIR = "Directory shipped with the script (empty: the script's own directory).";
    public static final String HELP_FRAMEWORK = "The SageMaker container that runs the script.";
    public static final String HELP_PY_VERSION = "The Python of the framework image (most versions have one).";
    public static final String HELP_DISTRIBUTION = "The framework's own distributed training over the instances, as the SageMaker "
            + "Python SDK sets it up.";
    public static final String HELP_METRICS = "Optional: metrics your script prints, NAME=REGEX (the value in the group), separated by ';': "
            + "val_acc=val_acc: ([0-9.]+). Round lines like XGBoost's are read without one.";
    public static final String HELP_TEST_DISTRIBUTION = "The test file's channel across the instances (validation for built-in XGBoost, test for a script).";
    public static final String HELP_EXTRA = "More XGBoost parameters as key=value, separated by spaces: gamma=1 eval_metric=auc";
    public static final String HELP_INSTANCE = "Left/Right picks a type. Price per instance-hour, on demand.";
    public static final String HELP_SPOT = "Managed spot: up to ~70% cheaper, may wait for capacity (max wait >= max runtime).";
    public static final String HELP_MAX_WAIT = "How long SageMaker may wait for spot capacity plus run: 2h, 7200.";
    public static final String HELP_BUDGET = "Optional: a signal when this job's cost so far passes it, e.g. 5.00 (over budget.job in the config).";
    public static final String BUDGET_SHAPE = "budget must be an amount in US dollars above 0, e.g. 5.00; got %s";
    public static final String HELP_MAX_RUNTIME = "The job is stopped after this: 30m, 1h, 3600. It also caps the cost.";
    public static final String HELP_ROLE = "The execution role SageMaker assumes (default: the notebook's role).";
    public static final String HELP_OUTPUT = "Where the model goes: s3://bucket/prefix.";
    public static final String HELP_IMAGE = "The container version (XGBoost 1.7-1 is the default; the lesson uses 1.5-1; "
            + "pytorch/tensorflow: the newest first).";

    public static final String BROWSE_FIELD_ONLY = "%s browses S3 from the Training data or Test file field.";
    public static final String BROWSE_NEEDS_S3 = "Type an s3:// URI first (s3://bucket/ or s3://bucket/prefix/), then %s lists it.";
    public static final String BROWSE_NO_AWS = "Browsing S3 needs AWS, which is not available: %s";
    public static final String FRAMEWORKS_LOADING = "loading frameworks... (PyTorch and TensorFlow join xgboost and sklearn when their versions are read)";
    public static final String FRAMEWORKS_UNREADABLE = "PyTorch and TensorFlow are not offered: their versions could not be read (%s)";
    public static final String BROWSE_HINT = "%s browses this bucket prefix";
    public static final String NO_OBJECT_STORE = "S3 browsing is not available: AWS is not configured";
    public static final String BROWSE_TITLE = "S3 %s";
    public static final String BROWSE_LOADING = "Listing ...";
    public static final String BROWSE_EMPTY = "Nothing under this prefix.";
    public static final String BROWSE_MORE = "More not shown: only the first %d entries are listed; type a longer prefix.";
    public static final String BROWSE_KEYS = "Enter opens/picks  Backspace up  Esc closes";
    public static final String PICKED = "%s: %s";

    public static final String COMPARE_TITLE = "Compare %d jobs";
    public static final String COMPARE_NEED_TWO = "Mark at least two jobs with Space, then press = to compare them.";
    public static final String UNMARKED = "Marks cleared (%d were marked).";
    public static final String MARKED = "%d marked for compare (= compares, Space unmarks, u clears all).";
    public static final String EXPORTING = "Exporting the comparison ...";
    public static final String NO_TEST_ACCURACY = "test accuracy: local runs with a test file record it; others show -";
}
