package dev.crampproof.coach;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How coaches sign in: their password, checked behind the brute-force lock. */
@Configuration(proxyBeanMethods = false)
class CoachSecurity {

    /** bcrypt today, with the algorithm's id stored in each hash so it can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider coachSignIn(CoachAccounts accounts, PasswordEncoder passwords, SignInThrottle throttle) {
        DaoAuthenticationProvider byPassword = new DaoAuthenticationProvider(accounts);
        byPassword.setPasswordEncoder(passwords);
        return new ThrottledSignIn(byPassword, throttle);
    }
}
