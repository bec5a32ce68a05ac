package org.gradphoto.portal.collection.records;

import org.gradphoto.portal.Text;
import org.gradphoto.portal.account.PersonalId;

/** The fields a school imports or corrects, checked. */
public record RecordDetails(String schoolCode, String name, Gender gender, PersonalId id, String studentNumber, String major,
        String className, String level, int graduationYear) {

    public RecordDetails {
        if (schoolCode == null || !schoolCode.matches("\\d{5}")) {
            throw new IllegalArgumentException("a school code is 5 digits");
        }
        if (name == null || name.isBlank() || gender == null || id == null || studentNumber == null || studentNumber.isBlank()
                || major == null || major.isBlank() || level == null || level.isBlank()) {
            throw new IllegalArgumentException("name, gender, ID, student number, major and level are required");
        }
        if (graduationYear < 1950 || graduationYear > 2100) {
            throw new IllegalArgumentException("graduation year out of range");
        }
        name = Text.limited(name, 60, "name");
        Text.limited(studentNumber, 30, "student number");
        Text.limited(major, 100, "major");
        Text.limited(level, 16, "level");
        className = className == null || className.isBlank() ? null : Text.limited(className, 60, "class");
    }
}
