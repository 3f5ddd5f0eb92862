package io.orgkit.core.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.io.SourceRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowSpoolTest {

    @Test
    void rowsComeBackInOrderWithEveryCellExactlyAsAdded() {
        List<SourceRow> added = List.of(
                new SourceRow(2, List.of("Bob", "E1", "+8613900139000", "bob@example.com", "R&D/Backend")),
                new SourceRow(7, List.of("王五", "", "设计师", "R&D\\/QA; Sales")),
                new SourceRow(9, List.of("Lone \uD800 surrogate", "x".repeat(70_000), "\uFFFD?")),
                new SourceRow(1_000_000, List.of()));
        List<SourceRow> back = new ArrayList<>();

        try (RowSpool spool = RowSpool.create()) {
            added.forEach(spool::add);
            spool.forEach(back::add);
            assertThat(spool.count()).isEqualTo(4);
        }

        assertThat(back).isEqualTo(added);
    }

    @Test
    void anEmptySpoolHandsOnNothing() {
        List<SourceRow> back = new ArrayList<>();

        try (RowSpool spool = RowSpool.create()) {
            spool.forEach(back::add);
        }

        assertThat(back).isEmpty();
    }
}
