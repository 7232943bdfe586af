package org.cnngrader.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks per minute per client: a sliding window of the last minute's start times per client. A fixed window would
 * let a client run twice the limit across a minute's boundary. Clients not seen for a minute are forgotten, so the
 * map stays as small as the number of clients of the last minute.
 */
final class RateLimiter {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final int perMinute;
    private final Map<String, Deque<Long>> starts = new ConcurrentHashMap<>();

    /** @param perMinute checks a client may start per minute; 0 for no limit */
    RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Whether the client may start a check now (and if so, counts it). */
    boolean allow(String client, long nowNanos) {
        if (perMinute == 0) {
            return true;
        }
        if (starts.size() > 10_000) {
            starts.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || nowNanos - times.peekLast() > MINUTE_NANOS;
                }
            });
        }
        Deque<Long> times = starts.computeIfAbsent(client, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && nowNanos - times.peekFirst() >= MINUTE_NANOS) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                return false;
            }
            times.addLast(nowNanos);
            return true;
        }
    }

    /** Seconds until the client may start another check. */
    long retryAfterSeconds(String client, long nowNanos) {
        Deque<Long> times = starts.get(client);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            return times.isEmpty() ? 0 : Math.max(1, (MINUTE_NANOS - (nowNanos - times.peekFirst())) / 1_000_000_000L + 1);
        }
    }
}
