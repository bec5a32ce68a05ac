package org.gradphoto.portal.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InstitutionRepository extends JpaRepository<Institution, Long> {

    Optional<Institution> findByCode(String code);

    List<Institution> findAllByOrderByCityZhAscCodeAsc();

    List<Institution> findByCityZhOrderByCode(String cityZh);

    /** A main school's branch colleges. */
    List<Institution> findByParentOrderByCode(Institution parent);
}
