package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.crampproof.CrampProofTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Health and info are public; no other actuator endpoint is reachable. */
@CrampProofTest
class ActuatorTest {

    @Autowired
    MockMvc mvc;

    @Test
    void health_with_liveness_and_readiness_and_info_are_public() throws Exception {
        assertThat(body("/actuator/health")).contains("\"status\":\"UP\"").contains("liveness", "readiness");
        assertThat(body("/actuator/health/liveness")).contains("UP");
        assertThat(body("/actuator/health/readiness")).contains("UP");
        assertThat(body("/actuator/info")).contains("\"version\"").contains("\"commit\"");
    }

    @Test
    void nothing_else_of_the_actuator_is_exposed() throws Exception {
        for (String endpoint : new String[] {"env", "beans", "configprops", "heapdump", "threaddump", "loggers",
                "mappings", "metrics", "shutdown"}) {
            mvc.perform(get("/actuator/" + endpoint)).andExpect(status().isNotFound());
        }
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
