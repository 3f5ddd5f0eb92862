package io.orgkit.search.pinyin;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The terms of the names met last, bounded: two generations of at most {@code max} names each; when the young one
 * is full it becomes the old one and the old one is dropped, and a name found in the old one moves to the young
 * one (names repeat: common surnames and given names). Thread-safe; a value is computed again at worst.
 */
final class RecentNames<V> {
    private final int max;
    private volatile Map<String, V> young;
    private volatile Map<String, V> old = new ConcurrentHashMap<>();

    RecentNames(int max) {
        this.max = max;
        this.young = generation(max);
    }

    /** A generation sized for {@code max} names, so filling it never resizes it. */
    private static <V> Map<String, V> generation(int max) {
        return new ConcurrentHashMap<>(max + 1);
    }

    /** The value of {@code name}, computed by {@code compute} when it is not kept. */
    V get(String name, Function<String, V> compute) {
        V v = young.get(name);
        if (v != null) {
            return v;
        }
        @Nullable V before = old.get(name);
        V value = before != null ? before : compute.apply(name);
        Map<String, V> y = young;
        y.put(name, value);
        if (y.size() > max) {
            synchronized (this) {
                if (young == y) {
                    old = y;
                    young = generation(max);
                }
            }
        }
        return value;
    }

    /** How many names are kept (both generations). */
    int size() {
        return young.size() + old.size();
    }
}
