package dev.crampproof.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.crampproof.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** {@link WriteLimitTest} with the buckets in PostgreSQL, where every instance sees them. */
@OnPostgres
class PostgresWriteLimitTest extends WriteLimitTest {

    @Test
    void the_bucket_of_a_client_is_a_row_in_the_database() throws Exception {
        mvc.perform(post("/api/plans").with(from("203.0.113.30")).contentType(MediaType.APPLICATION_JSON)
                .content(PLAN.formatted("Row Runner", "2027-04-18", "null"))).andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("select count(*) from rate_limit_bucket where id = ? and state is not null",
                Integer.class, "write:203.0.113.30")).isEqualTo(1);
    }
}
