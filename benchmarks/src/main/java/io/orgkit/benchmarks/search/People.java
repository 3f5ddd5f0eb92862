package io.orgkit.benchmarks.search;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.MemberStatus;
import io.orgkit.core.organizations.OrgId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A reproducible organization: 70 % Chinese names (common surnames by rough frequency, one- or two-character
 * given names), 30 % English names; unique employee IDs, Chinese mobile numbers in a typed format and emails;
 * {@value #DEPARTMENTS} departments (50 under the root, 99 under each of those).
 */
final class People {
    static final int DEPARTMENTS = 5_000;
    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国文辉玲红鹏飞宇浩然子轩欣怡梓涵思雨博文晨曦佳琪雪梅志强海燕春梅晓东丹丹俊杰婷婷嘉怡一鸣天佑嘉懿";
    private static final String[] FIRST = {
        "James",
        "Mary",
        "John",
        "Patricia",
        "Robert",
        "Jennifer",
        "Michael",
        "Linda",
        "William",
        "Elizabeth",
        "David",
        "Barbara",
        "Richard",
        "Susan",
        "Joseph",
        "Jessica",
        "Thomas",
        "Sarah",
        "Charles",
        "Karen",
        "Daniel",
        "Nancy",
        "Matthew",
        "Lisa",
        "Anthony",
        "Betty",
        "Mark",
        "Sandra"
    };
    private static final String[] LAST = {
        "Smith",
        "Johnson",
        "Williams",
        "Brown",
        "Jones",
        "Garcia",
        "Miller",
        "Davis",
        "Rodriguez",
        "Martinez",
        "Hernandez",
        "Lopez",
        "Gonzalez",
        "Wilson",
        "Anderson",
        "Taylor",
        "Moore",
        "Jackson",
        "Martin",
        "Lee",
        "Thompson",
        "White",
        "Harris",
        "Clark",
        "Lewis",
        "Walker"
    };

    private People() {}

    static List<Department> departments(Department root) {
        List<Department> out = new ArrayList<>(List.of(root));
        for (int i = 0; i < 50 && out.size() < DEPARTMENTS; i++) {
            Department top = child(root, "部门" + GIVEN.charAt(i % GIVEN.length()) + i, i);
            out.add(top);
            for (int j = 0; j < 99 && out.size() < DEPARTMENTS; j++) {
                out.add(child(top, (j % 2 == 0 ? "研发" : "Sales ") + i + "-" + j, j));
            }
        }
        return out;
    }

    private static Department child(Department parent, String name, long order) {
        DepartmentId id = DepartmentId.random();
        return new Department(
                id, parent.orgId(), parent.id(), name, order, Department.pathUnder(parent.path(), id), null, List.of());
    }

    static List<Member> members(OrgId org, List<Department> departments, int count) {
        Random r = new Random(42);
        List<Member> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = r.nextInt(10) < 7
                    ? chinese(r)
                    : FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
            DepartmentId d =
                    departments.get(1 + r.nextInt(departments.size() - 1)).id();
            String phone = String.format(
                    "+861%d%d%04d%04d",
                    3 + r.nextInt(6), r.nextInt(10), i / 10_000 * 7 % 10_000, i % 10_000 * 13 % 10_000 + 0);
            String email = "u" + i + "."
                    + (name.chars().allMatch(c -> c < 0x80) ? name.toLowerCase().replace(' ', '.') : "cn")
                    + "@acme.example";
            out.add(new Member(
                    MemberId.random(),
                    org,
                    name,
                    String.format("E%06d", i),
                    phone,
                    email,
                    null,
                    List.of(d),
                    d,
                    MemberStatus.ACTIVE,
                    null,
                    null,
                    Instant.EPOCH));
        }
        return out;
    }

    private static String chinese(Random r) {
        int s = (int) Math.min(SURNAMES.length() - 1, Math.abs(r.nextGaussian()) * SURNAMES.length() / 3);
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(s));
        int given = r.nextInt(3) == 0 ? 1 : 2;
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        }
        return name.toString();
    }
}
