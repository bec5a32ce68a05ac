package org.gradphoto.portal.graduation.reference;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MajorRepository extends JpaRepository<Major, Long> {

    Optional<Major> findByCode(String code);

    List<Major> findAllByOrderByLevelAscCodeAsc();
}
