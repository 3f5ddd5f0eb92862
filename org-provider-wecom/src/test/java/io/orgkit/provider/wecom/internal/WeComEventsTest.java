package io.orgkit.provider.wecom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.ProviderException;
import io.orgkit.core.callbacks.CallbackResponse;
import io.orgkit.core.spi.CallbackMessage;
import io.orgkit.core.spi.RemoteChange;
import io.orgkit.core.spi.RemoteDepartment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The change events read into changes, and the department tree put in order. */
class WeComEventsTest {
    private static final CallbackResponse OK = CallbackResponse.text(200, "success");

    private static CallbackMessage read(Map<String, String> event) {
        return WeComEvents.read(event, "nonce:1", OK);
    }

    private static Map<String, String> change(String type, String idField, String id) {
        return Map.of("Event", "change_contact", "ChangeType", type, idField, id, "CreateTime", "1700000000");
    }

    @Test
    void eachChangeTypeBecomesAReReadOrARemovalVersionedByItsCreateTime() {
        assertThat(read(change("create_user", "UserID", "amy")).membersToReread())
                .containsExactly("amy");
        assertThat(read(change("update_party", "Id", "7")).departmentsToReread())
                .containsExactly("7");
        assertThat(read(change("delete_user", "UserID", "amy")).changes())
                .containsExactly(new RemoteChange.MemberRemoved("amy", 1_700_000_000_000L));
        assertThat(read(change("delete_party", "Id", "7")).changes())
                .containsExactly(new RemoteChange.DepartmentRemoved("7", 1_700_000_000_000L));
        assertThat(read(change("create_party", "Id", "7")).version()).isEqualTo(1_700_000_000_000L);
    }

    @Test
    void aChangedUseridRemovesTheOldIdAndReadsTheNewOne() {
        CallbackMessage m = read(
                Map.of("Event", "change_contact", "ChangeType", "update_user", "UserID", "old", "NewUserID", "new"));

        assertThat(m.changes()).containsExactly(new RemoteChange.MemberRemoved("old", 0));
        assertThat(m.membersToReread()).containsExactly("new");
    }

    @Test
    void otherEventsAndOversizedIdsChangeNothing() {
        assertThat(read(Map.of("Event", "enter_agent")).isEmpty()).isTrue();
        assertThat(read(Map.of("Event", "change_contact", "ChangeType", "update_tag", "TagId", "1"))
                        .isEmpty())
                .isTrue();
        assertThat(read(change("create_user", "UserID", "u".repeat(65))).isEmpty())
                .isTrue();
        assertThat(read(Map.of("Event", "change_contact", "ChangeType", "delete_user", "CreateTime", "x"))
                        .isEmpty())
                .isTrue();
    }

    private static DepartmentRead.Read dept(String id, String parent) {
        return new DepartmentRead.Read(new RemoteDepartment(id, parent, "D" + id, 0, List.of()), true);
    }

    @Test
    void aDepartmentWhoseParentIsNotVisibleHangsUnderTheTopOneAndACycleOrNoTopIsRefused() {
        List<DepartmentRead.Read> tree =
                DepartmentRead.topDown(List.of(dept("3", "9"), dept("1", null), dept("2", "1"), dept("4", "2")));

        assertThat(tree).extracting(r -> r.department().externalId()).containsExactly("1", "2", "3", "4");
        assertThat(tree.get(2).department().parentExternalId()).isEqualTo("1");
        assertThat(catchThrowableOfType(
                                ProviderException.class,
                                () -> DepartmentRead.topDown(List.of(dept("1", null), dept("5", "6"), dept("6", "5"))))
                        .code())
                .isEqualTo("bad-tree");
        assertThat(catchThrowableOfType(ProviderException.class, () -> DepartmentRead.topDown(List.of(dept("2", "1"))))
                        .code())
                .isEqualTo("no-root");
    }
}
