package org.gradphoto.portal.account;

import java.util.List;
import java.util.Optional;
import org.gradphoto.portal.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {

    /** The account of a signed-in user or of a row's id; an id that names none is "not found", never a 500. */
    default Account require(Long id) {
        return findById(id).orElseThrow(NotFoundException::new);
    }

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    List<Account> findByRoleOrderByUsername(Role role);
}
