package io.orgkit.tck.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.spi.RemoteMember;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimControlHelpersTest {
    @Test
    void theMainDepartmentComesFirstAndEachDepartmentOnce() {
        RemoteMember m = new RemoteMember("u1", "Ann", null, null, null, null, List.of("3", "7", "3", "9"), "7", true);

        assertThat(SimMembers.departmentsMainFirst(m, Long::parseLong)).containsExactly(7L, 3L, 9L);
        assertThat(SimMembers.departmentsMainFirst(m, s -> s)).containsExactly("7", "3", "9");
        RemoteMember bad = new RemoteMember("u2", "Bo", null, null, null, null, List.of("x"), "x", true);
        assertThatThrownBy(() -> SimMembers.departmentsMainFirst(bad, Long::parseLong))
                .isInstanceOf(NumberFormatException.class);
    }

    @Test
    void failingFromACallAfterNowCountsFromTheCallsSoFarAndZeroHeals() {
        SimFaults faults = new SimFaults();
        faults.failFromCallAfter(10, 2);

        assertThat(faults.take(11, false)).isNull();
        SimFaults.Fault fault = faults.take(12, false);
        assertThat(fault).isNotNull();
        assertThat(fault.kind()).isEqualTo(SimFaults.Kind.HTTP_STATUS);
        assertThat(fault.code()).isEqualTo(500);
        assertThat(faults.take(13, true)).isNotNull();
        faults.failFromCallAfter(13, 0);
        assertThat(faults.take(14, false)).isNull();
    }
}
