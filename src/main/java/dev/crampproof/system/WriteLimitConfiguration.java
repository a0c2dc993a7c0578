package dev.crampproof.system;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Where the write limit's buckets live. One instance on its H2 file: in memory (Caffeine, at most
 * 100,000 clients, each forgotten once its bucket is full again). Several instances on PostgreSQL
 * (crampproof.rate-limit.store=database, set by the postgres profile): in the rate_limit_bucket
 * table, locked per client with SELECT … FOR UPDATE, so every instance counts the same writes.
 */
@Configuration(proxyBeanMethods = false)
class WriteLimitConfiguration implements WebMvcConfigurer {

    /** Where the buckets are: {@value #IN_MEMORY} (the default) or "database". Also read by AheadOfTimeCheck. */
    static final String STORE = "crampproof.rate-limit.store";
    static final String IN_MEMORY = "memory";

    /** How long an untouched bucket is kept: a minute refills any bucket completely. */
    private static final Duration KEEP = Duration.ofMinutes(1);

    private final ProxyManager<String> buckets;
    private final int perMinute;

    WriteLimitConfiguration(ProxyManager<String> buckets, @Value("${crampproof.rate-limit.per-minute:30}") int perMinute) {
        this.buckets = buckets;
        this.perMinute = perMinute;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new WriteLimit(buckets, perMinute))
                .addPathPatterns("/plans", "/plans/**", "/api/plans", "/api/plans/**");
    }

    /** Bucket time from the application's clock, so tests that move "now" move the refill too. */
    static TimeMeter timeOf(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = STORE, havingValue = IN_MEMORY, matchIfMissing = true)
    static class InMemory {

        @Bean
        ProxyManager<String> writeBuckets(Clock clock) {
            return Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(100_000))
                    .clientClock(timeOf(clock))
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP))
                    .build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = STORE, havingValue = "database")
    @EnableScheduling
    static class InDatabase {

        @Bean
        PostgreSQLSelectForUpdateBasedProxyManager<String> writeBuckets(DataSource dataSource, Clock clock) {
            return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                    .clientClock(timeOf(clock))
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP))
                    .build();
        }

        @Bean
        FullBuckets fullBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
            return new FullBuckets(buckets);
        }
    }

    /** Full buckets are as good as none: their rows are deleted now and then. */
    static class FullBuckets {

        private static final int BATCH = 1_000;

        private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

        FullBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
            this.buckets = buckets;
        }

        @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
        void forget() {
            while (buckets.removeExpired(BATCH) == BATCH) {
                // another batch
            }
        }
    }
}
