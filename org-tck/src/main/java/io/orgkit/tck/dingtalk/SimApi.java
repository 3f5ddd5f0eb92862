package io.orgkit.tck.dingtalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orgkit.tck.sim.SimRequest;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The directory read calls of DingTalk's topapi, answered from a {@link SimDirectory}. */
final class SimApi {
    static final String LIST_SUB = "/topapi/v2/department/listsub";
    static final String LIST_SUB_ID = "/topapi/v2/department/listsubid";
    static final String DEPARTMENT_GET = "/topapi/v2/department/get";
    static final String USER_LIST = "/topapi/v2/user/list";
    static final String USER_LIST_ID = "/topapi/user/listid";
    static final String USER_GET = "/topapi/v2/user/get";
    static final String USER_BY_UNIONID = "/topapi/user/getbyunionid";

    private final SimDirectory directory;
    private final SimAnswers answers;
    private final ObjectMapper json;
    private volatile boolean empty;

    SimApi(SimDirectory directory, SimAnswers answers, ObjectMapper json) {
        this.directory = directory;
        this.answers = answers;
        this.json = json;
    }

    /** While on, answers as if the directory held the root department alone. */
    void answerEmpty(boolean on) {
        this.empty = on;
    }

    /** The permission a path needs, or empty for a path this simulator does not serve. */
    static Optional<DingTalkPermission> permissionFor(String path) {
        return switch (path) {
            case LIST_SUB, LIST_SUB_ID, DEPARTMENT_GET -> Optional.of(DingTalkPermission.CONTACT_DEPARTMENT_READ);
            case USER_LIST, USER_LIST_ID, USER_BY_UNIONID, USER_GET ->
                Optional.of(DingTalkPermission.CONTACT_MEMBER_READ);
            default -> Optional.empty();
        };
    }

    ObjectNode answer(SimRequest request) {
        try {
            return switch (request.path()) {
                case LIST_SUB -> listSub(request.number("dept_id", SimDirectory.ROOT_ID));
                case LIST_SUB_ID -> listSubId(request.number("dept_id", -1));
                case DEPARTMENT_GET -> get(request.number("dept_id", -1));
                case USER_LIST -> userList(request);
                case USER_LIST_ID -> userListId(request.number("dept_id", -1));
                case USER_GET -> userGet(String.valueOf(request.param("userid")));
                case USER_BY_UNIONID -> byUnionId(String.valueOf(request.param("unionid")));
                default -> answers.error(404, "请求的URI地址不存在");
            };
        } catch (NumberFormatException e) {
            return answers.error(400002);
        }
    }

    private ObjectNode listSub(long deptId) {
        if (directory.department(deptId).isEmpty()) {
            return answers.error(60003);
        }
        ObjectNode ok = answers.ok();
        ArrayNode result = ok.putArray("result");
        for (SimDepartment d : children(deptId)) {
            ObjectNode node = result.addObject();
            node.put("dept_id", d.id())
                    .put("name", d.name())
                    .put("parent_id", d.parentId())
                    .put("create_dept_group", false)
                    .put("auto_add_user", false);
        }
        return ok;
    }

    private ObjectNode listSubId(long deptId) {
        if (directory.department(deptId).isEmpty()) {
            return answers.error(60003);
        }
        ObjectNode ok = answers.ok();
        ArrayNode ids = ok.putObject("result").putArray("dept_id_list");
        children(deptId).forEach(d -> ids.add(d.id()));
        return ok;
    }

    private ObjectNode get(long deptId) {
        Optional<SimDepartment> found = directory.department(deptId);
        if (found.isEmpty()) {
            return answers.error(60003);
        }
        SimDepartment d = found.get();
        ObjectNode ok = answers.ok();
        ObjectNode result = ok.putObject("result");
        result.put("dept_id", d.id()).put("name", d.name());
        if (!d.isRoot()) {
            result.put("parent_id", d.parentId());
        }
        result.put("order", d.order())
                .put("create_dept_group", false)
                .put("auto_add_user", false)
                .put("hide_dept", false)
                .put("outer_dept", false);
        ArrayNode managers = result.putArray("dept_manager_userid_list");
        d.managers().forEach(managers::add);
        return ok;
    }

    private ObjectNode userList(SimRequest request) {
        long deptId = request.number("dept_id", -1);
        long cursor = request.number("cursor", -1);
        long size = request.number("size", -1);
        if (cursor < 0 || size < 1 || size > 100) {
            return answers.error(400002, "无效的参数: cursor >= 0 and size 1..100 are required");
        }
        Optional<SimDepartment> dept = directory.department(deptId);
        if (dept.isEmpty()) {
            return answers.error(60003);
        }
        List<SimUser> all = empty ? List.of() : directory.usersIn(deptId);
        int from = (int) Math.min(cursor, all.size());
        int to = (int) Math.min(cursor + size, all.size());
        ObjectNode ok = answers.ok();
        ObjectNode result = ok.putObject("result");
        boolean more = to < all.size();
        result.put("has_more", more);
        if (more) {
            result.put("next_cursor", to);
        }
        ArrayNode list = result.putArray("list");
        for (int i = from; i < to; i++) {
            list.add(user(all.get(i), dept.get(), i));
        }
        return ok;
    }

    private ObjectNode userListId(long deptId) {
        if (directory.department(deptId).isEmpty()) {
            return answers.error(60003);
        }
        ObjectNode ok = answers.ok();
        ArrayNode ids = ok.putObject("result").putArray("userid_list");
        (empty ? List.<SimUser>of() : directory.usersIn(deptId)).forEach(u -> ids.add(u.userid()));
        return ok;
    }

    private List<SimDepartment> children(long deptId) {
        return empty ? List.of() : directory.children(deptId);
    }

    private ObjectNode userGet(String userid) {
        Optional<SimUser> u = empty ? Optional.empty() : directory.user(userid);
        if (u.isEmpty()) {
            return answers.error(60121, "找不到该用户");
        }
        SimDepartment first = directory.department(u.get().deptIds().get(0)).orElseThrow();
        ObjectNode ok = answers.ok();
        ok.set("result", user(u.get(), first, 0));
        return ok;
    }

    private ObjectNode byUnionId(String unionid) {
        String userid = unionid.startsWith("union-") ? unionid.substring("union-".length()) : "";
        if (directory.user(userid).isEmpty()) {
            return answers.error(60121, "找不到该用户");
        }
        ObjectNode ok = answers.ok();
        ok.putObject("result").put("contact_type", 0).put("userid", userid);
        return ok;
    }

    private ObjectNode user(SimUser u, SimDepartment listed, int position) {
        ObjectNode node = json.createObjectNode();
        node.put("userid", u.userid()).put("unionid", "union-" + u.userid()).put("name", u.name());
        putIfPresent(node, "mobile", u.mobile());
        putIfPresent(node, "email", u.email());
        putIfPresent(node, "job_number", u.jobNumber());
        putIfPresent(node, "title", u.title());
        ArrayNode depts = node.putArray("dept_id_list");
        u.deptIds().forEach(depts::add);
        node.put("dept_order", (long) position * 10)
                .put("leader", listed.managers().contains(u.userid()))
                .put("active", u.active())
                .put("admin", false)
                .put("boss", false)
                .put("hide_mobile", false)
                .put("exclusive_account", false);
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, @Nullable String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
