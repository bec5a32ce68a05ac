package org.gradphoto.portal.collection.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gradphoto.portal.collection.linking.Linker.PhotoData;
import org.gradphoto.portal.collection.linking.Linker.RecordData;
import org.junit.jupiter.api.Test;

/** Linking by school code, ID number and name, with every mismatch of seed 003 附件2 named. */
class LinkerTest {

    static final String A = "110101199003070011";
    static final String B = "110101199003075111";
    static final String C = "11010119900307803X";

    static RecordData rec(long id, String school, String idNumber, String name) {
        return new RecordData(id, school, idNumber, name);
    }

    static PhotoData photo(long id, String school, String idNumber, String name) {
        return new PhotoData(id, school, idNumber, name);
    }

    @Test
    void linksAPhotoWhoseSchoolCodeIdNumberAndNameAgree() {
        LinkReport r = Linker.link(List.of(rec(1, "10536", A, "王小明")), List.of(photo(10, "10536", A, "王 小明")));
        assertThat(r.linkedPhotoOfRecord()).isEqualTo(Map.of(1L, 10L));
        assertThat(r.photoProblems()).isEmpty();
        assertThat(r.recordProblems()).isEmpty();
    }

    @Test
    void aPhotoCollectedWithoutANameLinksBySchoolCodeAndIdNumber() {
        LinkReport r = Linker.link(List.of(rec(1, "10536", A, "王小明")), List.of(photo(10, "10536", A, "")));
        assertThat(r.linked(10)).isTrue();
    }

    @Test
    void namesANameThatDiffersFromTheRecord() {
        LinkReport r = Linker.link(List.of(rec(1, "10536", A, "王小明")), List.of(photo(10, "10536", A, "王晓明")));
        assertThat(r.photoProblems()).isEqualTo(Map.of(10L, Mismatch.NAME_DIFFERS));
        assertThat(r.likelyRecordOfPhoto()).isEqualTo(Map.of(10L, 1L));
        assertThat(r.recordProblems()).isEqualTo(Map.of(1L, Mismatch.RECORD_WITHOUT_PHOTO));
    }

    @Test
    void namesAnIdNumberThatDiffersWhenTheSchoolHasARecordOfThatNameWithoutAPhoto() {
        LinkReport r = Linker.link(List.of(rec(1, "10536", A, "王小明")), List.of(photo(10, "10536", B, "王小明")));
        assertThat(r.photoProblems()).isEqualTo(Map.of(10L, Mismatch.ID_DIFFERS));
        assertThat(r.likelyRecordOfPhoto()).isEqualTo(Map.of(10L, 1L));
    }

    @Test
    void namesTheBranchCollegesSchoolCode() {
        LinkReport r = Linker.link(List.of(rec(1, "13635", A, "王小明")), List.of(photo(10, "10536", A, "王小明")));
        assertThat(r.photoProblems()).isEqualTo(Map.of(10L, Mismatch.WRONG_SCHOOL_CODE));
        assertThat(r.likelyRecordOfPhoto()).isEqualTo(Map.of(10L, 1L));
    }

    @Test
    void aPhotoOfNobodyTheSchoolRegisteredHasNoRecord() {
        LinkReport r = Linker.link(List.of(rec(1, "10536", A, "王小明")), List.of(photo(10, "10536", C, "李四")));
        assertThat(r.photoProblems()).isEqualTo(Map.of(10L, Mismatch.PHOTO_WITHOUT_RECORD));
        assertThat(r.likelyRecordOfPhoto()).isEmpty();
    }

    @Test
    void severalPhotosForOneRecordLinkNoneUntilOneIsLeft() {
        List<RecordData> records = List.of(rec(1, "10536", A, "王小明"));
        LinkReport r = Linker.link(records, List.of(photo(10, "10536", A, "王小明"), photo(11, "10536", A, "")));
        assertThat(r.photoProblems()).isEqualTo(Map.of(10L, Mismatch.SEVERAL_PHOTOS, 11L, Mismatch.SEVERAL_PHOTOS));
        assertThat(r.recordProblems()).isEqualTo(Map.of(1L, Mismatch.SEVERAL_PHOTOS));
        assertThat(Linker.link(records, List.of(photo(11, "10536", A, ""))).linked(11)).isTrue();
    }

    @Test
    void duplicateRecordsLinkNoPhotoUntilOneIsCancelled() {
        List<RecordData> both = List.of(rec(1, "10536", A, "王小明"), rec(2, "10536", A, "王小明"));
        LinkReport r = Linker.link(both, List.of(photo(10, "10536", A, "王小明")));
        assertThat(r.recordProblems()).isEqualTo(Map.of(1L, Mismatch.DUPLICATE_RECORDS, 2L, Mismatch.DUPLICATE_RECORDS));
        assertThat(r.photoProblems()).isEqualTo(Map.of(10L, Mismatch.DUPLICATE_RECORDS));
        assertThat(Linker.link(both.subList(0, 1), List.of(photo(10, "10536", A, "王小明"))).linked(10)).isTrue();
    }

    @Test
    void aRecordWithNothingCollectedIsListed() {
        LinkReport r = Linker.link(List.of(rec(1, "10536", A, "王小明"), rec(2, "10536", B, "李四")),
                List.of(photo(10, "10536", A, "王小明")));
        assertThat(r.recordProblems()).isEqualTo(Map.of(2L, Mismatch.RECORD_WITHOUT_PHOTO));
        assertThat(r.counts()).isEqualTo(Map.of(Mismatch.RECORD_WITHOUT_PHOTO, 1));
    }
}
