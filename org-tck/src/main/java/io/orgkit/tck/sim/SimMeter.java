package io.orgkit.tck.sim;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Counts calls per path (thread-safe), the API calls charged to the monthly quota, and calls per second. */
public final class SimMeter {
    private final Map<String, LongAdder> byPath = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong quotaUsed = new AtomicLong();
    private volatile long quota = Long.MAX_VALUE;
    private volatile int maxQps = Integer.MAX_VALUE;
    private long currentSecond;
    private int inCurrentSecond;
    private int peakQps;
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger peakInFlight =
            new java.util.concurrent.atomic.AtomicInteger();

    /** Notes a call being answered from now on (the server calls it). */
    public void enter() {
        peakInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    }

    /** Notes a call answered (the server calls it). */
    public void exit() {
        inFlight.decrementAndGet();
    }

    /** The most calls answered at the same time since the last reset. */
    public int peakInFlight() {
        return peakInFlight.get();
    }

    /** Counts one call to {@code path}; returns its number (1-based, token calls included). */
    public long count(String path) {
        byPath.computeIfAbsent(path, p -> new LongAdder()).increment();
        return total.incrementAndGet();
    }

    /** Charges one API call to the quota; false when the monthly quota is used up. */
    public boolean charge() {
        return quotaUsed.incrementAndGet() <= quota;
    }

    /** Notes one API call in the current second; false when it is over the per-second limit. */
    public synchronized boolean admit() {
        long second = System.nanoTime() / 1_000_000_000L;
        if (second != currentSecond) {
            currentSecond = second;
            inCurrentSecond = 0;
        }
        inCurrentSecond++;
        peakQps = Math.max(peakQps, inCurrentSecond);
        return inCurrentSecond <= maxQps;
    }

    /**
     * Sets the API calls the monthly quota allows (unlimited unless set).
     *
     * @param calls the quota
     */
    public void quota(long calls) {
        this.quota = calls;
    }

    /**
     * Sets the calls per second admitted (unlimited unless set).
     *
     * @param qps the limit
     */
    public void maxQps(int qps) {
        this.maxQps = qps;
    }

    /**
     * Calls counted to one path.
     *
     * @param path the path
     * @return the count, 0 when none
     */
    public long calls(String path) {
        LongAdder n = byPath.get(path);
        return n == null ? 0 : n.sum();
    }

    /** {@return calls counted, all paths together} */
    public long total() {
        return total.get();
    }

    /** {@return API calls charged to the quota} */
    public long quotaUsed() {
        return quotaUsed.get();
    }

    /** {@return the most calls seen in one second} */
    public synchronized int peakQps() {
        return peakQps;
    }

    /** {@return the calls counted per path, by path} */
    public Map<String, Long> byPath() {
        Map<String, Long> copy = new TreeMap<>();
        byPath.forEach((path, n) -> copy.put(path, n.sum()));
        return copy;
    }

    /** Forgets every count and peak (the limits stay). */
    public synchronized void reset() {
        byPath.clear();
        total.set(0);
        quotaUsed.set(0);
        peakQps = 0;
        peakInFlight.set(0);
        inCurrentSecond = 0;
    }
}
