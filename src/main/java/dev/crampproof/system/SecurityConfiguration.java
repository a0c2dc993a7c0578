package dev.crampproof.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Runner pages are open to anyone with the link; coach pages need a coach's sign-in. Every form
 * carries a CSRF token, and plan links (which carry the secret token) are never sent on as a
 * Referer. Security headers on every answer (HSTS, by Spring Security's default, only over HTTPS);
 * plan, coach and API answers are kept out of caches (Spring Security's default no-store) and
 * search engines (X-Robots-Tag). The runner's JSON API is exempt from CSRF because it uses no cookies: a cross-site
 * page cannot send it a JSON body without a CORS preflight, which it does not allow. The coach
 * API does use the session cookie, so it keeps CSRF and answers 401 instead of a redirect.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String SIGN_IN = "/coach/sign-in";

    /**
     * Everything from this origin only, and nothing inline: the templates have no inline script,
     * style or event handler (the print buttons are wired in /js/cramp-proof.js), so an injected
     * one would not run. No framing (clickjacking), no plug-ins, no foreign base or form target.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /** The app needs none of the browser's powerful features; nor should anything injected. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        // The coach sign-in (coach.CoachSecurity) is the one AuthenticationProvider bean, which
        // Spring Security uses by itself; adding it here too would run it twice per attempt.
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/coach/sign-up", SIGN_IN).permitAll()
                        .requestMatchers("/coach/**", "/api/coach/**").hasRole("COACH")
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage(SIGN_IN).loginProcessingUrl(SIGN_IN)
                        .usernameParameter("email").passwordParameter("password")
                        .defaultSuccessUrl("/coach", true).failureUrl(SIGN_IN + "?error").permitAll())
                .logout(logout -> logout.logoutUrl("/coach/sign-out").logoutSuccessUrl("/?signedOut"))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                paths.matcher("/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(SIGN_IN),
                                paths.matcher("/coach/**")))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie()).ignoringRequestMatchers(paths.matcher("/api/plans/**"), paths.matcher("/api/plans")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .crossOriginOpenerPolicy(opener -> opener.policy(
                                CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN))
                        .crossOriginResourcePolicy(resources -> resources.policy(
                                CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new OrRequestMatcher(paths.matcher("/plans/**"), paths.matcher("/coach/**"),
                                        paths.matcher("/coach"), paths.matcher("/api/**")),
                                new StaticHeadersWriter("X-Robots-Tag", "noindex, nofollow"))))
                .httpBasic(basic -> basic.disable());
        return http.build();
    }

    /**
     * The CSRF token in a cookie (HttpOnly, SameSite=Lax, Secure over HTTPS) rather than in the
     * HTTP session, so that reading a plan page, which is full of forms, does not open a server
     * session for every visitor; the token sent with a form must match the cookie (and is masked
     * afresh on every page, as with the session store).
     */
    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
        return tokens;
    }
}
