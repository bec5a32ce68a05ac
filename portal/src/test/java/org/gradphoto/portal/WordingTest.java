package org.gradphoto.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void keepsItsKeyAndArgumentsThroughTheColumns() {
        Wording w = Wording.of("audit.studio_imported", 7, 0, 2);
        assertThat(Wording.stored(w.key(), w.joinedArgs())).isEqualTo(w);
        assertThat(w.arguments()).containsExactly("7", "0", "2");
    }

    @Test
    void keepsEmptyArgumentsInTheirPlace() {
        Wording w = Wording.of("audit.file", "", "b.zip");
        assertThat(Wording.stored(w.key(), w.joinedArgs()).args()).containsExactly("", "b.zip");
        assertThat(Wording.stored("export.codes", "").args()).isEmpty();
    }

    @Test
    void showsATextFromBeforeWordingsUnchanged() {
        assertThat(Wording.stored(null, "照片 7")).isEqualTo(new Wording(Wording.VERBATIM, List.of("照片 7")));
    }

    @Test
    void anArgumentCannotSplitItselfIntoTwo() {
        Wording w = Wording.of("audit.file", "a\u001fb");
        assertThat(Wording.stored(w.key(), w.joinedArgs()).args()).containsExactly("a b");
    }

    @Test
    void refusesAKeyThatIsASentence() {
        assertThatThrownBy(() -> Wording.of("采集 7 张")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Wording.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
