package dev.sagedeck.sagemaker;

/**
 * A token bucket: at most {@code burst} calls at once, refilled at {@code perSecond}. Callers that
 * find it empty queue up and wait their turn, so in any window of W seconds at most
 * {@code burst + perSecond × W} calls pass. It keeps us inside the account-wide SageMaker and
 * CloudWatch Logs quotas that colleagues share with us.
 */
final class RateLimiter {

    /** Time source, replaceable so the arithmetic can be tested without waiting. */
    interface Ticker {
        long nanoTime();

        void sleepNanos(long nanos) throws InterruptedException;

        Ticker SYSTEM = new Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleepNanos(long nanos) throws InterruptedException {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        };
    }

    private final double perNano;
    private final double burst;
    private final Ticker ticker;
    private double tokens;
    private long last;

    RateLimiter(double perSecond, int burst, Ticker ticker) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate must be > 0 and burst >= 1, got " + perSecond + "/" + burst);
        }
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.ticker = ticker;
        this.tokens = burst;
        this.last = ticker.nanoTime();
    }

    /** Waits until this call may go. */
    void acquire() throws InterruptedException {
        long wait = reserve();
        if (wait > 0) {
            ticker.sleepNanos(wait);
        }
    }

    /**
     * Takes a token now, going into debt when there is none; the debt is how long this caller must
     * wait, so queued callers are spaced 1/rate apart instead of stampeding when a token appears.
     */
    private synchronized long reserve() {
        long now = ticker.nanoTime();
        tokens = Math.min(burst, tokens + (now - last) * perNano);
        last = now;
        tokens -= 1;
        return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / perNano);
    }
}
