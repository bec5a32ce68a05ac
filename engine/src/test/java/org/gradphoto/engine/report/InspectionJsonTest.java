package org.gradphoto.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.gradphoto.engine.inspection.Inspection;
import org.gradphoto.engine.rules.RuleCatalogue;
import org.gradphoto.engine.testing.BadFiles;
import org.gradphoto.engine.testing.Engines;
import org.junit.jupiter.api.Test;

class InspectionJsonTest {

    @Test
    void carriesFactsGeometryAndEveryRuleInCatalogueOrder() throws Exception {
        Inspection in = Engines.check(Engines.compliant("idpass/sample_id_3.png"), "photo.jpg");
        JsonNode j = InspectionJson.mapper().readTree(InspectionJson.mapper().writeValueAsString(InspectionJson.toJson(in)));
        assertThat(j.get("schema").asText()).isEqualTo("gradphoto.inspection/1");
        assertThat(j.get("profile").asText()).isEqualTo("chsi-2017");
        assertThat(j.get("verdict").asText()).isIn("PASS", "WARNINGS");
        assertThat(j.get("unreadable").isNull()).isTrue();
        assertThat(j.at("/facts/width").asInt()).isEqualTo(480);
        assertThat(j.at("/facts/dpi").asDouble()).isEqualTo(300.0);
        assertThat(j.at("/facts/format").asText()).isEqualTo("JPEG");
        assertThat(j.get("faces").asInt()).isEqualTo(1);
        assertThat(j.at("/geometry/faceWidth").asDouble()).isEqualTo(Math.round(in.face().faceWidth() * 10) / 10.0);
        assertThat(j.at("/geometry/rightEye/x").isNumber()).isTrue();
        assertThat(j.get("rules")).hasSize(RuleCatalogue.checkedOnEveryPhoto().size());
        for (int i = 0; i < RuleCatalogue.checkedOnEveryPhoto().size(); i++) {
            JsonNode r = j.get("rules").get(i);
            assertThat(r.get("id").asText()).isEqualTo(RuleCatalogue.checkedOnEveryPhoto().get(i));
            assertThat(r.fieldNames()).toIterable().contains("severity", "category", "categoryZh", "status", "measured",
                    "unit", "measuredText", "limit", "values", "messageZh", "messageEn", "fixZh", "fixEn");
        }
    }

    @Test
    void saysWhyAFileIsUnreadable() throws Exception {
        Inspection in = Engines.check(BadFiles.heic(), "IMG_1.HEIC");
        JsonNode j = InspectionJson.toJson(in);
        assertThat(j.get("verdict").asText()).isEqualTo("UNREADABLE");
        assertThat(j.at("/unreadable/reason").asText()).isEqualTo("HEIC");
        assertThat(j.at("/unreadable/messageZh").asText()).contains("HEIC");
        assertThat(j.get("geometry").isNull()).isTrue();
    }

    @Test
    void givesTheProfilesPublishedHintForAFailedCategory() {
        byte[] file = Engines.compliant("idpass/sample_id_3.png");
        byte[] small = java.util.Arrays.copyOf(file, file.length);
        Inspection in = Engines.engine().inspect(org.gradphoto.engine.testing.Pictures.jpeg(
                org.gradphoto.engine.testing.Pictures.decode(small), 100, 300), "big.jpg",
                org.gradphoto.engine.profile.Profiles.get("zikao-anhui"));
        JsonNode j = InspectionJson.toJson(in);
        assertThat(j.get("hints").findValuesAsText("category")).contains("FILE_SIZE");
        assertThat(j.get("hints").findValuesAsText("fixZh").toString()).contains("调整图像大小");
    }
}
