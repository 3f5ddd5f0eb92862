package io.orgkit.core.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ValueIndexTest {

    @Test
    void theFirstRowHoldingAValueKeepsItAndLaterRowsAreToldWhichRowThatIs() {
        ValueIndex index = new ValueIndex();

        assertThat(index.putIfAbsent("bob@example.com", 2)).isZero();
        assertThat(index.putIfAbsent("carol@example.com", 3)).isZero();
        assertThat(index.putIfAbsent("bob@example.com", 900_000)).isEqualTo(2);
        assertThat(index.get("carol@example.com")).isEqualTo(3);
        assertThat(index.get("dan@example.com")).isZero();
    }

    @Test
    void valuesSharingOneHashAreNeverTakenForEachOther() {
        ValueIndex index = new ValueIndex((bytes, from, to) -> 42);

        for (int row = 1; row <= 3_000; row++) {
            assertThat(index.putIfAbsent("+86138" + row, row))
                    .as("row %d is new", row)
                    .isZero();
        }
        for (int row = 1; row <= 3_000; row++) {
            assertThat(index.putIfAbsent("+86138" + row, row + 5_000)).isEqualTo(row);
        }
        assertThat(index.get("+86138" + 3_001)).isZero();
        assertThat(index.size()).isEqualTo(3_000);
    }

    @Test
    void nonAsciiValuesOfEqualByteLengthAreToldApartAndFound() {
        ValueIndex index = new ValueIndex((bytes, from, to) -> 0);

        index.putIfAbsent("王五", 7);
        index.putIfAbsent("王六", 8);

        assertThat(index.get("王五")).isEqualTo(7);
        assertThat(index.get("王六")).isEqualTo(8);
        assertThat(index.get("王七")).isZero();
    }

    @Test
    void millionsOfBytesSpillOverSeveralPagesWithoutLosingAValue() {
        ValueIndex index = new ValueIndex();
        String padding = "x".repeat(200);
        for (int row = 1; row <= 20_000; row++) {
            index.putIfAbsent(row + padding, row);
        }

        for (int row = 1; row <= 20_000; row += 997) {
            assertThat(index.get(row + padding)).isEqualTo(row);
        }
        assertThat(index.size()).isEqualTo(20_000);
    }

    @Test
    void unpairedSurrogatesAreNotConfusedWithTheCharactersUtf8WouldReplaceThemBy() {
        ValueIndex index = new ValueIndex();

        index.putIfAbsent("E\uD800", 1);

        assertThat(index.putIfAbsent("E?", 2)).isZero();
        assertThat(index.putIfAbsent("E\uFFFD", 3)).isZero();
        assertThat(index.get("E\uD800")).isEqualTo(1);
    }

    @Property(tries = 200)
    void behavesLikeAMapKeepingTheFirstRow(@ForAll @Size(max = 300) List<String> values) {
        ValueIndex index = new ValueIndex((bytes, from, to) -> bytes.length == 0 ? 0 : bytes[from] & 3);
        Map<String, Integer> expected = new HashMap<>();
        int row = 1;
        for (String v : values) {
            Integer first = expected.putIfAbsent(v, row);
            assertThat(index.putIfAbsent(v, row)).isEqualTo(first == null ? 0 : first);
            row++;
        }
        expected.forEach((v, r) -> assertThat(index.get(v)).isEqualTo(r));
    }
}
