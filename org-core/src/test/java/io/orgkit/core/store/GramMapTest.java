package io.orgkit.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The gram table finds what a plain map finds while it grows and after it drops emptied lists. */
class GramMapTest {
    @Test
    void findsEveryListWhileGrowingAndAfterDroppingTheEmptiedOnes() {
        GramMap grams = new GramMap();
        Map<Long, Postings> reference = new HashMap<>();
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            long key = random.nextInt(8) == 0 ? Grams.of("abc", 0, 1 + random.nextInt(3)) : random.nextLong() >>> 14;
            Postings p = grams.getOrAdd(key);
            assertThat(reference.computeIfAbsent(key, k -> p)).isSameAs(p);
            p.add(i);
        }
        assertThat(grams.size()).isEqualTo(reference.size());
        int[] map = new int[20_000];
        for (int i = 0; i < map.length; i++) {
            map[i] = i % 3 == 0 ? i : -1; // two in three documents are gone
        }
        grams.forEachThenDropEmpty(p -> p.remap(map, 20_000));
        reference.values().removeIf(p -> p.size() == 0);
        assertThat(grams.size()).isEqualTo(reference.size());
        reference.forEach((k, p) -> assertThat(grams.get(k)).isSameAs(p));
        assertThat(grams.get(Grams.of("zzz", 0, 3))).isNull();
    }

    @Test
    void gramsOfDifferentLengthsOrStartsAreDifferentKeys() {
        assertThat(Grams.of("ab", 0, 1)).isNotEqualTo(Grams.of("a\u0000", 0, 2));
        assertThat(Grams.start("a")).isNotEqualTo(Grams.of("a", 0, 1));
        assertThat(Grams.start("ab")).isNotEqualTo(Grams.of("\u0000ab", 0, 3));
        assertThat(Grams.of("xabc", 1, 3)).isEqualTo(Grams.of("abc", 0, 3));
    }
}
