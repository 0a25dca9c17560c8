package dev.sagedeck.local;

import dev.sagedeck.xgboost.TrainingListener;
import java.io.PrintStream;

/** The engine's lines into a job's log and its phases into the job's record, for a run and each configuration of a search. */
class RunListener implements TrainingListener {
    private final Lifecycle life;
    private final PrintStream log;

    RunListener(Lifecycle life, PrintStream log) {
        this.life = life;
        this.log = log;
    }

    @Override
    public void log(String line) {
        log.println(line);
    }

    @Override
    public void phase(String secondaryStatus) {
        life.phase(secondaryStatus, Lifecycle.usualMessage(secondaryStatus));
    }
}
