package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.departments.Department;
import io.orgkit.core.io.FileFormat;
import io.orgkit.core.io.ImportOptions;
import io.orgkit.core.io.ImportResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One sibling-name rule for the API and import: no two departments of one name under one parent. */
class SiblingNamesTest {
    private final Fixtures f = new Fixtures();
    private final Org org = f.acme();
    private final Department east = org.departments().create(org.root(), "East");
    private final Department west = org.departments().create(org.root(), "West");
    private final Department sales = org.departments().create(east, "Sales");

    private void refusedOnName(Runnable call) {
        int feed = f.feed().size();
        ConflictException e = catchThrowableOfType(ConflictException.class, call::run);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.field()).isEqualTo("name");
        assertThat(e).hasMessageContaining("under 'East'").hasMessageContaining("ignoring case");
        assertThat(f.feed()).hasSize(feed);
    }

    @Test
    void aSecondSiblingOfTheSameNameIsRefusedIgnoringCaseAndWidthButCousinsMayShareIt() {
        refusedOnName(() -> org.departments().create(east, "Sales"));
        refusedOnName(() -> org.departments().create(east, "SALES "));
        refusedOnName(() -> org.departments().create(east, "\uFF33\uFF41\uFF4C\uFF45\uFF53")); // full-width Ｓａｌｅｓ
        assertThat(org.departments().create(west, "Sales").name()).isEqualTo("Sales");
        assertThat(org.departments().children(east.id()))
                .extracting(Department::name)
                .containsExactly("Sales");
    }

    @Test
    void renamesMovesAndMergesKeepTheRule() {
        Department support = org.departments().create(east, "Support");
        Department westSales = org.departments().create(west, "sales");

        refusedOnName(() -> org.departments().rename(support.id(), "sales"));
        assertThat(org.departments().rename(sales.id(), "SALES").name()).isEqualTo("SALES");
        refusedOnName(() -> org.departments().move(westSales.id(), east.id()));
        assertThat(org.departments().get(westSales.id()).parentId()).isEqualTo(west.id());
        refusedOnName(() -> org.departments().merge(List.of(west.id()), east.id()));
        assertThat(org.departments().get(west.id())).isNotNull();
    }

    @Test
    void importFindsDepartmentsByTheSameComparisonAndCreatesOneDepartmentPerName() {
        byte[] csv = ("Name,Department\n"
                        + "Ann,east/sales\n"
                        + "Bob,EAST/\uFF33\uFF41\uFF4C\uFF45\uFF53\n"
                        + "Cai,East/New Team\n"
                        + "Dan,east/new team\n")
                .getBytes(StandardCharsets.UTF_8);

        ImportResult r = org.io()
                .importMembers(
                        new ByteArrayInputStream(csv),
                        FileFormat.CSV,
                        ImportOptions.defaults().createMissingDepartments(true));

        assertThat(r.errors()).isEmpty();
        assertThat(org.departments().children(east.id()))
                .extracting(Department::name)
                .containsExactlyInAnyOrder("Sales", "New Team");
        assertThat(org.departments().members(sales.id(), false)).hasSize(2);
    }
}
