package dev.crampproof;

import dev.crampproof.system.AheadOfTimeCheck;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CrampProofApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /** The app as main starts it. */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(CrampProofApplication.class);
        // named, not guessed from the stack: the ahead-of-time set-up is found by this class's name
        application.setMainApplicationClass(CrampProofApplication.class);
        application.addListeners(new AheadOfTimeCheck());
        return application;
    }
}
