package io.orgkit.tck.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DingTalkSimulatorTest {
    private final DingTalkSimulator sim = DingTalkSimulator.start();
    private final Raw raw = new Raw(sim);

    @AfterEach
    void close() {
        sim.close();
    }

    @Test
    void the_right_app_key_and_secret_get_a_token_for_7200_seconds_and_a_wrong_secret_gets_40089() {
        JsonNode ok = raw.token(sim.appKey(), sim.appSecret());
        JsonNode refused = raw.token(sim.appKey(), "wrong");

        assertThat(ok.path("errcode").asInt()).isZero();
        assertThat(ok.path("access_token").asText()).isNotBlank();
        assertThat(ok.path("expires_in").asInt()).isEqualTo(7200);
        assertThat(refused.path("errcode").asInt()).isEqualTo(40089);
        assertThat(refused.has("access_token")).isFalse();
    }

    @Test
    void calls_with_an_unknown_or_expired_token_are_refused_with_40014_and_42001() {
        String token = raw.token();
        assertThat(raw.post(SimApi.LIST_SUB_ID, "nope", "{\"dept_id\":1}")
                        .path("errcode")
                        .asInt())
                .isEqualTo(40014);

        sim.expireTokens();

        assertThat(raw.post(SimApi.LIST_SUB_ID, token, "{\"dept_id\":1}")
                        .path("errcode")
                        .asInt())
                .isEqualTo(42001);
    }

    @Test
    void sub_departments_come_in_order_with_their_name_and_parent() {
        sim.directory().addDepartment(7, SimDirectory.ROOT_ID, "Second", 20);
        sim.directory().addDepartment(8, SimDirectory.ROOT_ID, "First", 10);
        String token = raw.token();

        JsonNode list = raw.post(SimApi.LIST_SUB, token, "{\"dept_id\":1}").path("result");
        JsonNode ids = raw.post(SimApi.LIST_SUB_ID, token, "{\"dept_id\":1}")
                .path("result")
                .path("dept_id_list");
        JsonNode detail =
                raw.post(SimApi.DEPARTMENT_GET, token, "{\"dept_id\":7}").path("result");

        assertThat(list.get(0).path("name").asText()).isEqualTo("First");
        assertThat(list.get(1).path("parent_id").asLong()).isEqualTo(1);
        assertThat(ids.toString()).isEqualTo("[8,7]");
        assertThat(detail.path("order").asLong()).isEqualTo(20);
        assertThat(raw.post(SimApi.DEPARTMENT_GET, token, "{\"dept_id\":99}")
                        .path("errcode")
                        .asInt())
                .isEqualTo(60003);
    }

    @Test
    void users_are_paged_with_a_cursor_up_to_100_at_a_time() {
        long d = sim.directory().addDepartment(SimDirectory.ROOT_ID, "D");
        for (int i = 0; i < 230; i++) {
            sim.directory().addUser(SimUser.of("u" + i, "U" + i, d));
        }
        String token = raw.token();
        List<String> seen = new ArrayList<>();
        long cursor = 0;
        boolean more = true;
        while (more) {
            JsonNode result = raw.post(
                            SimApi.USER_LIST, token, "{\"dept_id\":" + d + ",\"cursor\":" + cursor + ",\"size\":100}")
                    .path("result");
            result.path("list").forEach(u -> seen.add(u.path("userid").asText()));
            more = result.path("has_more").asBoolean();
            cursor = result.path("next_cursor").asLong();
        }

        assertThat(seen).hasSize(230).doesNotHaveDuplicates();
        assertThat(sim.calls(SimApi.USER_LIST)).isEqualTo(3);
        assertThat(raw.post(SimApi.USER_LIST, token, "{\"dept_id\":1,\"cursor\":0,\"size\":101}")
                        .path("errcode")
                        .asInt())
                .isEqualTo(400002);
    }

    @Test
    void a_revoked_permission_answers_88_with_sub_code_60011_naming_it() {
        sim.revoke(DingTalkPermission.CONTACT_DEPARTMENT_READ);

        JsonNode refused = raw.post(SimApi.LIST_SUB_ID, raw.token(), "{\"dept_id\":1}");

        assertThat(refused.path("errcode").asInt()).isEqualTo(88);
        assertThat(refused.path("sub_code").asText()).isEqualTo("60011");
        assertThat(refused.path("sub_msg").asText()).contains("qyapi_get_department_list");
        assertThat(raw.post(SimApi.USER_LIST, raw.token(), "{\"dept_id\":1,\"cursor\":0,\"size\":10}")
                        .path("errcode")
                        .asInt())
                .isZero();
    }

    @Test
    void injected_faults_answer_the_calls_they_target_and_then_stop() {
        String token = raw.token();
        sim.faults().failNext(1, -1).httpStatusNext(1, 500).truncateNext(1).failCall(sim.totalCalls() + 4, 90018);

        assertThat(raw.post(SimApi.LIST_SUB_ID, token, "{\"dept_id\":1}")
                        .path("errcode")
                        .asInt())
                .isEqualTo(-1);
        assertThat(raw.postRaw(SimApi.LIST_SUB_ID, token, "{\"dept_id\":1}").statusCode())
                .isEqualTo(500);
        assertThatThrownBy(() -> raw.post(SimApi.LIST_SUB_ID, token, "{\"dept_id\":1}"))
                .isNotNull();
        assertThat(raw.post(SimApi.LIST_SUB_ID, token, "{\"dept_id\":1}")
                        .path("errcode")
                        .asInt())
                .isEqualTo(90018);
        assertThat(raw.post(SimApi.LIST_SUB_ID, token, "{\"dept_id\":1}")
                        .path("errcode")
                        .asInt())
                .isZero();
        assertThat(sim.calls(SimApi.LIST_SUB_ID)).isEqualTo(5);
    }

    @Test
    void the_monthly_quota_and_the_per_second_limit_answer_90020_and_90018() {
        String token = raw.token();
        sim.maxQps(2);
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            codes.add(raw.post(SimApi.LIST_SUB_ID, token, "{\"dept_id\":1}")
                    .path("errcode")
                    .asInt());
        }
        assertThat(codes).contains(90018);
        assertThat(sim.peakQps()).isGreaterThanOrEqualTo(3);

        sim.maxQps(Integer.MAX_VALUE).monthlyQuota(sim.quotaUsed());

        assertThat(raw.post(SimApi.LIST_SUB_ID, token, "{\"dept_id\":1}")
                        .path("errcode")
                        .asInt())
                .isEqualTo(90020);
        assertThat(raw.token(sim.appKey(), sim.appSecret()).path("errcode").asInt())
                .isZero();
    }

    @Test
    void the_admin_api_refuses_a_cycle_and_deleting_a_department_that_is_not_empty_and_changes_nothing() {
        long a = sim.directory().addDepartment(SimDirectory.ROOT_ID, "A");
        long b = sim.directory().addDepartment(a, "B");
        sim.directory().addUser(SimUser.of("x", "X", b));

        assertThatThrownBy(() -> sim.directory().moveDepartment(a, b)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim.directory().deleteDepartment(b)).isInstanceOf(IllegalStateException.class);
        assertThat(sim.directory().department(a).orElseThrow().parentId()).isEqualTo(SimDirectory.ROOT_ID);
        assertThat(sim.directory().usersIn(b)).extracting(SimUser::userid).containsExactly("x");
    }

    @Test
    void moving_and_removing_users_updates_department_lists_and_manager_lists() {
        long a = sim.directory().addDepartment(SimDirectory.ROOT_ID, "A");
        long b = sim.directory().addDepartment(SimDirectory.ROOT_ID, "B");
        sim.directory().addUser(SimUser.of("x", "X", a));
        sim.directory().setManagers(b, List.of("x"));

        sim.directory().moveUser("x", List.of(b, a));
        assertThat(sim.directory().usersIn(b)).extracting(SimUser::userid).containsExactly("x");
        sim.directory().deactivateUser("x");
        assertThat(sim.directory().user("x").orElseThrow().active()).isFalse();
        sim.directory().removeUser("x");

        assertThat(sim.directory().usersIn(a)).isEmpty();
        assertThat(sim.directory().department(b).orElseThrow().managers()).isEmpty();
    }

    @Test
    void a_generated_organization_is_reproducible_and_as_deep_as_asked() {
        try (DingTalkSimulator other = DingTalkSimulator.start()) {
            sim.generate(42, 60, 500, 6);
            other.generate(42, 60, 500, 6);

            assertThat(sim.directory().departments())
                    .isEqualTo(other.directory().departments());
            assertThat(sim.directory().users()).isEqualTo(other.directory().users());
            assertThat(sim.directory().departmentCount()).isEqualTo(60);
            assertThat(sim.directory().userCount()).isEqualTo(500);
            assertThat(maxDepth(sim.directory())).isEqualTo(6);
        }
    }

    @Test
    void from_a_chosen_call_on_every_call_fails_until_healed() {
        String token = raw.token();
        sim.faults().failFromCall(sim.totalCalls() + 2, 500);

        assertThat(raw.postRaw(SimApi.LIST_SUB_ID, token, "{\"dept_id\":1}").statusCode())
                .isEqualTo(200);
        assertThat(raw.postRaw(SimApi.LIST_SUB_ID, token, "{\"dept_id\":1}").statusCode())
                .isEqualTo(500);
        assertThatThrownBy(() -> raw.token(sim.appKey(), sim.appSecret())).hasMessageContaining("Unexpected character");
        assertThat(raw.postRaw(SimApi.LIST_SUB_ID, token, "{\"dept_id\":1}").statusCode())
                .isEqualTo(500);

        sim.faults().failFromCall(0, 500);

        assertThat(raw.postRaw(SimApi.LIST_SUB_ID, token, "{\"dept_id\":1}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void an_empty_answer_hides_every_department_and_user_until_switched_off() {
        long d = sim.directory().addDepartment(SimDirectory.ROOT_ID, "D");
        sim.directory().addUser(SimUser.of("x", "X", d, SimDirectory.ROOT_ID));
        String token = raw.token();
        sim.answerEmpty(true);

        assertThat(raw.post(SimApi.LIST_SUB_ID, token, "{\"dept_id\":1}")
                        .path("result")
                        .path("dept_id_list"))
                .isEmpty();
        assertThat(raw.post(SimApi.USER_LIST, token, "{\"dept_id\":1,\"cursor\":0,\"size\":100}")
                        .path("result")
                        .path("list"))
                .isEmpty();

        sim.answerEmpty(false);

        assertThat(raw.post(SimApi.LIST_SUB_ID, token, "{\"dept_id\":1}")
                        .path("result")
                        .path("dept_id_list"))
                .hasSize(1);
    }

    @Test
    void reset_leaves_the_root_alone_with_no_faults_and_every_permission() {
        sim.directory().addDepartment(SimDirectory.ROOT_ID, "D");
        sim.directory().addUser(SimUser.of("x", "X", SimDirectory.ROOT_ID));
        sim.revoke(DingTalkPermission.CONTACT_MEMBER_READ)
                .monthlyQuota(0)
                .faults()
                .failNext(5, -1);

        sim.reset();

        assertThat(sim.directory().departments()).extracting(SimDepartment::id).containsExactly(SimDirectory.ROOT_ID);
        assertThat(sim.directory().users()).isEmpty();
        assertThat(raw.post(SimApi.USER_LIST, raw.token(), "{\"dept_id\":1,\"cursor\":0,\"size\":100}")
                        .path("errcode")
                        .asInt())
                .isZero();
        assertThat(sim.directory().addDepartment(SimDirectory.ROOT_ID, "Again")).isEqualTo(2);
    }

    private static int maxDepth(SimDirectory directory) {
        int max = 0;
        for (SimDepartment d : directory.departments()) {
            int depth = 0;
            for (long p = d.parentId();
                    p != 0;
                    p = directory.department(p).orElseThrow().parentId()) {
                depth++;
            }
            max = Math.max(max, depth);
        }
        return max;
    }
}
