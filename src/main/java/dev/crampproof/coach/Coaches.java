package dev.crampproof.coach;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The coaches, found by their lower-cased email or their invite code. */
public interface Coaches extends Repository<Coach, Long> {

    Coach save(Coach coach);

    Optional<Coach> findByEmail(String email);

    Optional<Coach> findById(Long id);

    Optional<Coach> findByInviteCode(String inviteCode);

    boolean existsByEmail(String email);

    boolean existsByInviteCode(String inviteCode);
}
