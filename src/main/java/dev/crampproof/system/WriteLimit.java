package dev.crampproof.system;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Anonymous writes (a new plan, a log, a check-in: every POST, PUT and DELETE that a plan link
 * allows) are limited per client address with a token bucket: N a minute, refilled steadily, so
 * one client can neither fill the database nor hammer the generator. Over the limit the request
 * never reaches its controller and gets a 429 with Retry-After. Behind a proxy the address is
 * the forwarded one (server.forward-headers-strategy). Coaches' writes need a sign-in instead.
 */
class WriteLimit implements HandlerInterceptor {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ProxyManager<String> buckets;
    private final BucketConfiguration perClient;

    WriteLimit(ProxyManager<String> buckets, int perMinute) {
        this.buckets = buckets;
        this.perClient = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (READS.contains(request.getMethod())) {
            return true;
        }
        ConsumptionProbe probe = buckets.builder().build("write:" + request.getRemoteAddr(), () -> perClient)
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyWrites(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() - 1) + 1));
        }
        return true;
    }
}
