package io.orgkit.tck.sim;

import io.orgkit.core.spi.RemoteMember;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** How a simulator's directory control turns a {@link RemoteMember} into a platform user's fields. */
public final class SimMembers {
    private SimMembers() {}

    /**
     * The member's department ids as a platform lists them: the main department first, then the member's other
     * departments in their order, each once.
     *
     * @param member the member
     * @param id turns an external department id into the platform's id
     * @param <T> the platform's department id type
     * @return a new, mutable list that starts with the main department
     * @throws RuntimeException what {@code id} throws for an id that is not the platform's (for example
     *     {@link NumberFormatException})
     */
    public static <T> List<T> departmentsMainFirst(RemoteMember member, Function<String, T> id) {
        List<T> depts = new ArrayList<>();
        depts.add(id.apply(member.mainDepartmentExternalId()));
        member.departmentExternalIds().stream()
                .map(id)
                .filter(d -> !depts.contains(d))
                .forEach(depts::add);
        return depts;
    }
}
