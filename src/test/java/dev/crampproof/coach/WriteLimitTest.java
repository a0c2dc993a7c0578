package dev.crampproof.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Anonymous writes are limited per client address (here 3 a minute, set by the property): the
 * fourth gets a 429 with Retry-After and stores nothing, pages get a "please slow down" page, the
 * API a problem; reads, other addresses and a client a minute later are not affected.
 */
@TestPropertySource(properties = "crampproof.rate-limit.per-minute=3")
class WriteLimitTest extends CoachMvc {

    private static final String JSON_PLAN = PLAN.formatted("Limited Runner", "2027-04-18", "null");

    private static MockHttpServletRequestBuilder newPlan(String address) {
        return post("/api/plans").with(from(address)).contentType(MediaType.APPLICATION_JSON).content(JSON_PLAN);
    }

    private long plans() {
        return jdbc.queryForObject("select count(*) from plan", Long.class);
    }

    @Test
    void the_fourth_write_in_a_minute_from_one_address_is_429_with_retry_after_and_stores_nothing() throws Exception {
        String address = "203.0.113.10";
        String token = json.readTree(mvc.perform(newPlan(address)).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString()).get("token").stringValue();
        mvc.perform(put("/api/plans/" + token + "/sessions/" + HEAVY + "/log").with(from(address))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"SKIPPED\"}"))
                .andExpect(status().isOk());
        mvc.perform(newPlan(address)).andExpect(status().isCreated());
        long before = plans();

        mvc.perform(newPlan(address)).andExpect(status().isTooManyRequests())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]?")));
        String page = mvc.perform(planForm("Limited Form").with(from(address)))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("h1").text()).isEqualTo("Please slow down");
        assertThat(plans()).isEqualTo(before);

        mvc.perform(get("/plans/" + token).with(from(address))).andExpect(status().isOk());
        mvc.perform(newPlan("203.0.113.11")).andExpect(status().isCreated());
    }

    @Test
    void the_limit_lifts_once_the_bucket_has_refilled() throws Exception {
        String address = "203.0.113.20";
        for (int write = 0; write < 3; write++) {
            mvc.perform(newPlan(address)).andExpect(status().isCreated());
        }
        mvc.perform(newPlan(address)).andExpect(status().isTooManyRequests());
        today.moveTo(TODAY.plusDays(1));
        mvc.perform(newPlan(address)).andExpect(status().isCreated());
    }
}
