package io.orgkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.spring.boot.internal.ScheduledSyncs;
import io.orgkit.tck.dingtalk.DingTalkPermission;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/** The secret key and the platform's app secret never reach the log, whatever the starter does and however it fails. */
class SecretsNeverLoggedTest {

    @Test
    void noSecretIsLoggedBySyncsSchedulesHealthCallbacksOrSignIn() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(new PrintStream(tee(out, captured), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(tee(err, captured), true, StandardCharsets.UTF_8));
        try (DingTalkSimulator sim = DingTalkSimulator.start().generate(13, 3, 10, 2)) {
            new WebApplicationContextRunner()
                    .withConfiguration(Fixtures.ORGKIT)
                    .withUserConfiguration(Mvc.class)
                    .withPropertyValues(
                            "orgkit.store.type=memory",
                            "orgkit.secret-key=" + Fixtures.KEY,
                            "orgkit.web.sign-in-enabled=true",
                            "orgkit.sync.organizations.Ding.cron=0 0 2 * * *")
                    .run(context -> {
                        Org ding = Fixtures.dingTalk(context.getBean(OrganizationService.class), sim, "Ding");
                        ScheduledSyncs syncs = context.getBean(ScheduledSyncs.class);
                        assertThat(syncs.runNow(syncs.tasks().get(0))).isTrue();
                        sim.revoke(DingTalkPermission.CONTACT_MEMBER_READ);
                        assertThat(syncs.runNow(syncs.tasks().get(0))).isFalse();
                        sim.expireTokens();
                        MockMvc mvc =
                                MockMvcBuilders.webAppContextSetup(context).build();
                        mvc.perform(post("/orgkit/callbacks/dingtalk?signature=x&timestamp=1&nonce=n")
                                .content("{\"encrypt\":\"AAAA\"}"));
                        mvc.perform(get("/orgkit/sign-in/" + ding.id() + "/complete")
                                .param("code", "bad")
                                .param("state", "bad"));
                        context.getBean("orgkitHealthContributor");
                    });
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("Scheduled FULL sync"); // the capture saw the starter's own lines
        assertThat(log)
                .doesNotContain(Fixtures.KEY)
                .doesNotContain(DingTalkSimulator.DEFAULT_APP_SECRET)
                .doesNotContainIgnoringCase("access_token=");
    }

    private static OutputStream tee(OutputStream a, OutputStream b) {
        return new OutputStream() {
            @Override
            public void write(int c) throws java.io.IOException {
                a.write(c);
                b.write(c);
            }

            @Override
            public void write(byte[] bytes, int off, int len) throws java.io.IOException {
                a.write(bytes, off, len);
                b.write(bytes, off, len);
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    static class Mvc {}
}
