package io.orgkit.core.io;

import java.util.List;

/**
 * The columns of member files. Import recognises each by its English or Chinese header (case, spaces and a
 * trailing {@code *} ignored) in any order, and ignores other columns; {@link #STATUS} and {@link #PLATFORM_ACCOUNT}
 * are export-only.
 */
public enum MemberColumn {
    /** The member's name (required). */
    NAME(
            "Name",
            "姓名",
            true,
            "Required. The member's full name, 1-100 characters.",
            "Zhang San",
            List.of("full name", "member name", "名字")),
    /** The employee ID. */
    EMPLOYEE_ID(
            "Employee ID",
            "工号",
            false,
            "Optional, unique in the organization, at most 64 characters.",
            "E0001",
            List.of("employee no", "employee number", "job number", "员工编号", "员工工号")),
    /** The phone number. */
    PHONE(
            "Phone",
            "手机",
            false,
            "Optional, unique. Digits with an optional leading +, 5-20 digits; spaces, dashes"
                    + " and brackets are dropped.",
            "+86 138 0013 8000",
            List.of("mobile", "phone number", "手机号", "手机号码", "电话")),
    /** The email address. */
    EMAIL(
            "Email",
            "邮箱",
            false,
            "Optional, unique. A valid email address.",
            "zhang.san@example.com",
            List.of("e-mail", "email address", "电子邮箱", "邮件")),
    /** The position (job title). */
    POSITION(
            "Position",
            "职位",
            false,
            "Optional job title, at most 100 characters.",
            "Engineer",
            List.of("title", "job title", "岗位")),
    /** The department path(s) below the organization. */
    DEPARTMENT(
            "Department",
            "部门",
            false,
            "Optional. The department path below the organization, e.g. R&D/Backend"
                    + " (choose from the list). Several departments: separate with ; (the first is the main one)."
                    + " A / or ; inside a name is written \\/ or \\;. Empty: the organization itself.",
            "",
            List.of("departments", "dept", "所属部门", "部门路径")),
    /** Active or resigned (export only). */
    STATUS(
            "Status",
            "状态",
            false,
            "Active, Resigned or Erased (export only; ignored on import).",
            "Active",
            List.of("member status")),
    /**
     * The member's account on the platform of a synced organization: Activated, Not activated or Disabled; empty in
     * generic organizations (export only; ignored on import).
     */
    PLATFORM_ACCOUNT(
            "Platform account",
            "平台账号",
            false,
            "Activated, Not activated or Disabled on the synced platform (export only; ignored on import).",
            "",
            List.of("account status", "账号状态", "激活状态"));

    private final String english;
    private final String chinese;
    private final boolean required;
    private final String note;
    private final String example;
    private final List<String> aliases;

    MemberColumn(String english, String chinese, boolean required, String note, String example, List<String> aliases) {
        this.english = english;
        this.chinese = chinese;
        this.required = required;
        this.note = note;
        this.example = example;
        this.aliases = aliases;
    }

    /** The columns a template and a default export contain, in order. */
    public static List<MemberColumn> standard() {
        return List.of(NAME, EMPLOYEE_ID, PHONE, EMAIL, POSITION, DEPARTMENT);
    }

    /**
     * The column's header in a language.
     *
     * @param language the language
     * @return the header
     */
    public String header(HeaderLanguage language) {
        return language == HeaderLanguage.CHINESE ? chinese : english;
    }

    /** {@return whether an import needs a value in this column} */
    public boolean required() {
        return required;
    }

    /** What the template's header comment says about the column's format. */
    public String note() {
        return note;
    }

    /** The value of the template's example row (the department example is the organization's first path). */
    public String example() {
        return example;
    }

    /** Further headers recognised on import, besides the English and Chinese ones. */
    public List<String> aliases() {
        return aliases;
    }
}
