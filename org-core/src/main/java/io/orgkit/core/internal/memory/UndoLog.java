package io.orgkit.core.internal.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;

/** Remembers how to undo each change of one transaction; rolled back in reverse order. */
public final class UndoLog {
    private final Deque<Runnable> steps = new ArrayDeque<>();

    /** Puts {@code value} under {@code key}, remembering what was there. */
    public <K, V> void put(Map<K, V> map, K key, V value) {
        boolean had = map.containsKey(key);
        V old = map.put(key, value);
        steps.push(had ? () -> map.put(key, old) : () -> map.remove(key));
    }

    public <K, V> void remove(Map<K, V> map, K key) {
        if (map.containsKey(key)) {
            V old = map.remove(key);
            steps.push(() -> map.put(key, old));
        }
    }

    public <E> void add(Set<E> set, E element) {
        if (set.add(element)) {
            steps.push(() -> set.remove(element));
        }
    }

    public <E> void remove(Set<E> set, E element) {
        if (set.remove(element)) {
            steps.push(() -> set.add(element));
        }
    }

    public void step(Runnable undo) {
        steps.push(undo);
    }

    public void rollback() {
        while (!steps.isEmpty()) {
            steps.pop().run();
        }
    }

    public void clear() {
        steps.clear();
    }
}
