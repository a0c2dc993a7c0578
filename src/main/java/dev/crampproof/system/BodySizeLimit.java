package dev.crampproof.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * No request body larger than any plan, log or comment needs (256 KB by default,
 * crampproof.request.max-body): a declared larger body is refused with 413 before anything reads
 * it — as problem+json on the API, the "too much at once" page elsewhere. Runs after Spring
 * Security, so the answer carries the security headers. A body without a declared length is
 * capped by Tomcat (forms, server.tomcat.max-http-form-post-size) or cut off unread as bad JSON.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class BodySizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final Wording wording;
    private final JsonMapper json;

    BodySizeLimit(@Value("${crampproof.request.max-body:256KB}") DataSize maxBody, Wording wording, JsonMapper json) {
        this.maxBytes = maxBody.toBytes();
        this.wording = wording;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= maxBytes) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            // The body is never read, so no controller (and no advice) answers: the problem is written here.
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", HttpStatus.CONTENT_TOO_LARGE.getReasonPhrase());
            problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
            problem.put("detail", wording.say("problem.body.tooLarge", maxBytes / 1024));
            json.writeValue(response.getWriter(), problem);
            return;
        }
        response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
    }
}
