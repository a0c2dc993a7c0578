package dev.crampproof;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CrampProofApplication {

    public static void main(String[] args) {
        SpringApplication.run(CrampProofApplication.class, args);
    }
}
