package uk.casehandover.platform.serde;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A thread-safe least-recently-used cache holding at most {@code capacity} entries. The loader runs outside the
 * lock, so a slow registry call never blocks readers of other keys; two threads may load the same key once each.
 */
final class BoundedCache<K, V> {

    private final int capacity;
    private final Map<K, V> entries;

    BoundedCache(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be greater than zero, was " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > BoundedCache.this.capacity;
            }
        };
    }

    V get(K key, Function<K, V> loader) {
        V value;
        synchronized (entries) {
            value = entries.get(key);
        }
        if (value != null) {
            return value;
        }
        value = loader.apply(key);
        synchronized (entries) {
            entries.put(key, value);
        }
        return value;
    }

    void put(K key, V value) {
        synchronized (entries) {
            entries.put(key, value);
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
