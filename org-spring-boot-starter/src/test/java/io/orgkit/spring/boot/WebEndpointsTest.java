package io.orgkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.callbacks.CallbackRequest;
import io.orgkit.core.members.Member;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.util.UriComponentsBuilder;

/** The callback and sign-in endpoints in a Spring MVC application. */
class WebEndpointsTest {
    private final DingTalkSimulator sim = DingTalkSimulator.start().generate(3, 3, 8, 2);

    @AfterEach
    void stop() {
        sim.close();
    }

    private static WebApplicationContextRunner web() {
        return new WebApplicationContextRunner()
                .withConfiguration(Fixtures.ORGKIT)
                .withUserConfiguration(Mvc.class)
                .withPropertyValues("orgkit.store.type=memory", "orgkit.secret-key=" + Fixtures.KEY);
    }

    private static MockMvc mvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void callbacksReachOrgKitOnTheConfiguredPathAndItsAnswerIsSentBack() {
        web().withPropertyValues("orgkit.web.callback-path=/hooks").run(context -> {
            Fixtures.dingTalk(context.getBean(OrganizationService.class), sim, "Ding");
            MockMvc mvc = mvc(context);
            // an unsigned DingTalk callback: OrgKit refuses it (403), and the endpoint passes that on
            mvc.perform(post("/hooks/dingtalk?signature=bad&timestamp=1&nonce=n")
                            .contentType("application/json")
                            .content("{\"encrypt\":\"AAAA\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/orgkit/callbacks/dingtalk").content("{}")).andExpect(status().isNotFound());
        });
    }

    @Test
    void aCallbackBodyOverTheLimitIsRefusedBeforeOrgKitSeesIt() {
        web().run(context -> {
            byte[] big = new byte[CallbackRequest.MAX_BODY + 1];
            mvc(context)
                    .perform(post("/orgkit/callbacks/dingtalk").content(big))
                    .andExpect(status().isPayloadTooLarge());
        });
    }

    @Test
    void aCallbackWithMoreThanAHundredParametersIsABadRequest() {
        web().run(context -> {
            StringBuilder query = new StringBuilder("?");
            for (int i = 0; i <= 100; i++) {
                query.append("p").append(i).append("=1&");
            }
            mvc(context)
                    .perform(post("/orgkit/callbacks/dingtalk" + query).content("{}"))
                    .andExpect(status().isBadRequest());
        });
    }

    @Test
    void anUnknownOrMalformedCallbackTypeIsNotFound() {
        web().run(context -> {
            MockMvc mvc = mvc(context);
            mvc.perform(post("/orgkit/callbacks/Not_A_Type").content("{}")).andExpect(status().isNotFound());
            mvc.perform(post("/orgkit/callbacks/wecom").content("{}")).andExpect(status().is4xxClientError());
        });
    }

    @Test
    void aNonWebApplicationGetsNoEndpoints() {
        Fixtures.memory().withPropertyValues("orgkit.web.sign-in-enabled=true").run(context -> {
            assertThat(context).hasSingleBean(OrganizationService.class);
            assertThat(context)
                    .doesNotHaveBean(io.orgkit.spring.boot.internal.CallbackController.class)
                    .doesNotHaveBean(io.orgkit.spring.boot.internal.SignInController.class);
        });
    }

    @Test
    void callbacksCanBeSwitchedOff() {
        web().withPropertyValues("orgkit.web.callbacks-enabled=false")
                .run(context -> mvc(context)
                        .perform(post("/orgkit/callbacks/dingtalk").content("{}"))
                        .andExpect(status().isNotFound()));
    }

    @Test
    void signInEndpointsAreOffUnlessSwitchedOn() {
        web().run(context ->
                mvc(context).perform(get("/orgkit/sign-in/x/start")).andExpect(status().isNotFound()));
    }

    @Test
    void signInRedirectsToThePlatformAndCompletesWithTheMemberAndAnEvent() {
        web().withPropertyValues("orgkit.web.sign-in-enabled=true")
                .withUserConfiguration(SignedIn.class)
                .run(context -> {
                    Org ding = Fixtures.dingTalk(context.getBean(OrganizationService.class), sim, "Ding");
                    ding.sync().run();
                    MockMvc mvc = mvc(context);
                    MvcResult start = mvc.perform(get("/orgkit/sign-in/" + ding.id() + "/start"))
                            .andExpect(status().isFound())
                            .andReturn();
                    URI platform = URI.create(start.getResponse().getHeader("Location"));
                    assertThat(platform.toString()).startsWith(sim.baseUrl().toString());
                    var params = UriComponentsBuilder.fromUri(platform).build().getQueryParams();
                    assertThat(java.net.URLDecoder.decode(
                                    params.getFirst("redirect_uri"), java.nio.charset.StandardCharsets.UTF_8))
                            .endsWith("/orgkit/sign-in/" + ding.id() + "/complete");
                    String state = params.getFirst("state");
                    String userid = sim.directory().users().get(0).userid();
                    String code = sim.issueLoginCode(userid);

                    String body = mvc.perform(get("/orgkit/sign-in/" + ding.id() + "/complete")
                                    .param("code", code)
                                    .param("state", state))
                            .andExpect(status().isOk())
                            .andExpect(content().contentTypeCompatibleWith("application/json"))
                            .andReturn()
                            .getResponse()
                            .getContentAsString();
                    assertThat(body).contains("\"memberId\"", "\"orgId\":\"" + ding.id() + "\"");
                    assertThat(context.getBean(SignedIn.class).members)
                            .singleElement()
                            .satisfies(m -> assertThat(m.externalId()).isEqualTo(userid));

                    // the state is single-use: the same answer again is refused
                    mvc.perform(get("/orgkit/sign-in/" + ding.id() + "/complete")
                                    .param("code", code)
                                    .param("state", state))
                            .andExpect(status().isForbidden());
                });
    }

    @Test
    void signInCompleteRefusesMissingOrOversizedParametersAndUnknownOrganizations() {
        web().withPropertyValues("orgkit.web.sign-in-enabled=true").run(context -> {
            MockMvc mvc = mvc(context);
            mvc.perform(get("/orgkit/sign-in/abc/complete")).andExpect(status().isBadRequest());
            mvc.perform(get("/orgkit/sign-in/abc/complete")
                            .param("code", "c".repeat(513))
                            .param("state", "s"))
                    .andExpect(status().isBadRequest());
            mvc.perform(get("/orgkit/sign-in/no-such-org/complete")
                            .param("code", "c")
                            .param("state", "s"))
                    .andExpect(status().isNotFound())
                    .andExpect(header().string("Content-Type", "application/problem+json"));
            mvc.perform(get("/orgkit/sign-in/no-such-org/start")).andExpect(status().isNotFound());
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    static class Mvc {}

    @Configuration(proxyBeanMethods = false)
    static class SignedIn {
        final List<Member> members = new ArrayList<>();

        @EventListener
        void on(MemberSignedInEvent e) {
            members.add(e.member());
        }

        @Bean
        String signedInMarker() {
            return "signed-in";
        }
    }
}
