package io.orgkit.provider.dingtalk.internal;

import java.util.Arrays;
import java.util.Optional;

/** The server API calls the provider makes, with the app permission each one needs. */
enum DingTalkApi {
    GET_TOKEN("/gettoken", "", "", ""),
    DEPARTMENT_LIST_SUB_ID(
            "/topapi/v2/department/listsubid",
            Permissions.DEPARTMENT_CODE,
            Permissions.DEPARTMENT_CN,
            Permissions.DEPARTMENT_EN),
    DEPARTMENT_LIST_SUB(
            "/topapi/v2/department/listsub",
            Permissions.DEPARTMENT_CODE,
            Permissions.DEPARTMENT_CN,
            Permissions.DEPARTMENT_EN),
    DEPARTMENT_GET(
            "/topapi/v2/department/get",
            Permissions.DEPARTMENT_CODE,
            Permissions.DEPARTMENT_CN,
            Permissions.DEPARTMENT_EN),
    USER_LIST("/topapi/v2/user/list", Permissions.MEMBER_CODE, Permissions.MEMBER_CN, Permissions.MEMBER_EN),
    USER_GET("/topapi/v2/user/get", Permissions.MEMBER_CODE, Permissions.MEMBER_CN, Permissions.MEMBER_EN),
    USER_BY_UNIONID("/topapi/user/getbyunionid", Permissions.MEMBER_CODE, Permissions.MEMBER_CN, Permissions.MEMBER_EN);

    private final String path;
    private final String permission;
    private final String permissionConsoleName;
    private final String permissionEnglishName;

    DingTalkApi(String path, String permission, String consoleName, String englishName) {
        this.path = path;
        this.permission = permission;
        this.permissionConsoleName = consoleName;
        this.permissionEnglishName = englishName;
    }

    String path() {
        return path;
    }

    /** How the developer console names the permission this call needs, e.g. {@code 通讯录部门信息读权限 (qyapi_get_department_list, ...)}. */
    String permissionDescription() {
        return "'" + permissionConsoleName + "' (" + permission + ", " + permissionEnglishName + ")";
    }

    static Optional<DingTalkApi> byPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }

    /** Permission names as DingTalk's developer console and API reference give them. */
    private static final class Permissions {
        static final String DEPARTMENT_CODE = "qyapi_get_department_list";
        static final String DEPARTMENT_CN = "通讯录部门信息读权限";
        static final String DEPARTMENT_EN = "Read permission for Contacts department information";
        static final String MEMBER_CODE = "qyapi_get_department_member";
        static final String MEMBER_CN = "通讯录部门成员读权限";
        static final String MEMBER_EN = "Read permission for Contacts department users";

        private Permissions() {}
    }
}
