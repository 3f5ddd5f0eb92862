package io.orgkit.tck.dingtalk;

/** The DingTalk API permissions the simulator checks, as the developer console names them. */
public enum DingTalkPermission {
    /** Read department information: department listsub / listsubid / get. */
    CONTACT_DEPARTMENT_READ("qyapi_get_department_list", "通讯录部门信息读权限"),
    /** Read the users of departments: user list / listid. */
    CONTACT_MEMBER_READ("qyapi_get_department_member", "通讯录部门成员读权限");

    private final String code;
    private final String consoleName;

    DingTalkPermission(String code, String consoleName) {
        this.code = code;
        this.consoleName = consoleName;
    }

    /** The permission code DingTalk puts in its 60011 answer, e.g. {@code qyapi_get_department_list}. */
    public String code() {
        return code;
    }

    /** The name the developer console shows. */
    public String consoleName() {
        return consoleName;
    }
}
