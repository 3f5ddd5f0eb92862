package io.orgkit.search.pinyin;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.search.Highlight;
import io.orgkit.core.search.HighlightField;
import io.orgkit.core.search.MemberHit;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.OrgStore;
import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinSearchTest {
    private final OrgStore store = new InMemoryStore();

    private Org org(boolean withPinyin) {
        OrganizationService service = OrganizationService.builder()
                .store(store)
                .discoverSearchTerms(withPinyin)
                .build();
        return service.ensureDefault(new Creator("Alice Zhang", null));
    }

    @Test
    void mixedQueriesOfPinyinInitialsAndCharactersFindAChineseName() {
        Org org = org(true);
        Member zhangSan = org.members().add(NewMember.named("张三").in(org.root().id()));
        org.members().add(NewMember.named("李四").in(org.root().id()));

        for (String q : List.of("zhang san", "zhangsan", "zs", "张s", "zhangs", "ZHANGSAN")) {
            List<MemberHit> hits = org.search().members(q);
            assertThat(hits).as(q).extracting(MemberHit::member).containsExactly(zhangSan);
        }
        assertThat(org.search().members("zs").get(0).highlights())
                .containsExactly(new Highlight(HighlightField.NAME, 0, 2));
        assertThat(org.search().members("张").get(0).highlights())
                .containsExactly(new Highlight(HighlightField.NAME, 0, 1));
    }

    @Test
    void polyphonicSurnamesAreFoundByEveryReading() {
        Org org = org(true);
        Member shan = org.members().add(NewMember.named("单田芳").in(org.root().id()));
        Member zeng = org.members().add(NewMember.named("曾小贤").in(org.root().id()));

        assertThat(org.search().members("shan")).extracting(MemberHit::member).containsExactly(shan);
        assertThat(org.search().members("dantianfang"))
                .extracting(MemberHit::member)
                .containsExactly(shan);
        assertThat(org.search().members("zeng")).extracting(MemberHit::member).containsExactly(zeng);
        assertThat(org.search().members("cengx")).extracting(MemberHit::member).containsExactly(zeng);
    }

    @Test
    void departmentsAreFoundByPinyinToo() {
        Org org = org(true);
        org.departments().create(org.root(), "研发部");
        assertThat(org.search().departments("yfb"))
                .extracting(h -> h.department().name())
                .containsExactly("研发部");
    }

    @Test
    void withoutThePluginSearchStillWorksButPinyinFindsNothing() {
        Org org = org(false);
        Member zhangSan = org.members().add(NewMember.named("张三").in(org.root().id()));
        assertThat(org.search().members("zs")).isEmpty();
        assertThat(org.search().members("张")).extracting(MemberHit::member).containsExactly(zhangSan);
    }

    @Test
    void membersWrittenBeforeThePluginWasAddedAreFoundOnceItIs() {
        Org before = org(false);
        Member zhangSan =
                before.members().add(NewMember.named("张三").in(before.root().id()));

        Org after = org(true);

        assertThat(after.search().members("zs")).extracting(MemberHit::member).containsExactly(zhangSan);
    }
}
