package org.gradphoto.portal.graduation.reference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SubstitutionRepository extends JpaRepository<Substitution, Long> {

    /** The substitutes for a required course of a major: those of the major and those of every major. */
    @Query("select s from Substitution s where s.courseCode = :code and (s.major is null or s.major = :major)")
    List<Substitution> forCourse(@Param("major") Major major, @Param("code") String courseCode);
}
