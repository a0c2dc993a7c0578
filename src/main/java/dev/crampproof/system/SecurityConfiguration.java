package dev.crampproof.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Runner pages are open to anyone with the link; every form carries a CSRF token, and plan links (which carry the
 * secret token) are never sent on as a Referer. The JSON API
 * is exempt from CSRF because it uses no cookies or sessions: a cross-site page cannot send
 * it a JSON body without a CORS preflight, which it does not allow.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(
                        ReferrerPolicy.NO_REFERRER)))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable());
        return http.build();
    }

    /** No accounts until coaches can sign up; this keeps Boot from inventing a default user. */
    @Bean
    UserDetailsService noAccountsYet() {
        return new InMemoryUserDetailsManager();
    }
}
