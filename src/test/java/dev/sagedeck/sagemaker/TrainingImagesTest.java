package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagedeck.port.BackendException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The image table against the SageMaker Python SDK: the account map below is copied from
 * {@code image_uri_config/xgboost.json} as quoted in the reference (§6), and the expected URIs are
 * built with the SDK's format and ALTERNATE_DOMAINS, written out here independently of the code.
 */
class TrainingImagesTest {
    private static final String SDK_ACCOUNTS = """
            {"af-south-1": "510948584623", "ap-east-1": "651117190479", "ap-northeast-1": "354813040037",
             "ap-northeast-2": "366743142698", "ap-northeast-3": "867004704886", "ap-south-1": "720646828776",
             "ap-south-2": "628508329040", "ap-southeast-1": "121021644041", "ap-southeast-2": "783357654285",
             "ap-southeast-3": "951798379941", "ap-southeast-4": "106583098589", "ca-central-1": "341280168497",
             "ca-west-1": "190319476487", "cn-north-1": "450853457545", "cn-northwest-1": "451049120500",
             "eu-central-1": "492215442770", "eu-central-2": "680994064768", "eu-north-1": "662702820516",
             "eu-south-1": "978288397137", "eu-south-2": "104374241257", "eu-west-1": "141502667606",
             "eu-west-2": "764974769150", "eu-west-3": "659782779980", "il-central-1": "898809789911",
             "me-central-1": "272398656194", "me-south-1": "801668240914", "sa-east-1": "737474898029",
             "us-east-1": "683313688378", "us-east-2": "257758044811", "us-gov-east-1": "237065988967",
             "us-gov-west-1": "414596584902", "us-iso-east-1": "833128469047", "us-isob-east-1": "281123927165",
             "us-isof-east-1": "108575199400", "us-isof-south-1": "124985052026", "us-west-1": "746614075791",
             "us-west-2": "246618743249"}""";

    private static String sdkDomain(String region) {
        switch (region) {
            case "cn-north-1":
            case "cn-northwest-1":
                return "amazonaws.com.cn";
            case "us-iso-east-1":
                return "c2s.ic.gov";
            case "us-isob-east-1":
                return "sc2s.sgov.gov";
            case "us-isof-east-1":
            case "us-isof-south-1":
                return "csp.hci.ic.gov";
            default:
                return "amazonaws.com";
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5-1", "1.7-1", "3.0-5"})
    void everyRegion_givesTheUriThePythonSdkDocuments(String version) throws Exception {
        JsonNode accounts = new ObjectMapper().readTree(SDK_ACCOUNTS);
        List<String> regions = new ArrayList<>();
        accounts.fieldNames().forEachRemaining(regions::add);
        assertThat(regions).hasSize(37);
        assertThat(TrainingImages.regions()).containsExactlyInAnyOrderElementsOf(regions);
        for (String region : regions) {
            String expected = accounts.get(region).asText() + ".dkr.ecr." + region + "." + sdkDomain(region)
                    + "/sagemaker-xgboost:" + version;
            assertThat(TrainingImages.xgboost(version, region)).as(region).isEqualTo(expected);
        }
    }

    @Test
    void documentedExamples_matchCharacterForCharacter() {
        assertThat(TrainingImages.xgboost(null, "us-east-1"))
                .isEqualTo("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1");
        assertThat(TrainingImages.xgboost("1.5-1", "cn-north-1"))
                .isEqualTo("450853457545.dkr.ecr.cn-north-1.amazonaws.com.cn/sagemaker-xgboost:1.5-1");
        assertThat(TrainingImages.xgboost("3.0-5", "us-isof-south-1"))
                .isEqualTo("124985052026.dkr.ecr.us-isof-south-1.csp.hci.ic.gov/sagemaker-xgboost:3.0-5");
        assertThat(TrainingImages.sklearn(null, "eu-west-1"))
                .isEqualTo("141502667606.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3");
    }

    /** sklearn.json at v2.257.6 (fc582aa) lists every training version in the XGBoost table's 37 regions, with its accounts. */
    @ParameterizedTest
    @ValueSource(strings = {"0.23-1", "1.0-1", "1.2-1", "1.4-2"})
    void sklearnImages_areInEveryRegionOfTheXgboostTable_taggedCpuPy3(String version) throws Exception {
        JsonNode accounts = new ObjectMapper().readTree(SDK_ACCOUNTS);
        for (String region : TrainingImages.regions()) {
            assertThat(TrainingImages.sklearn(version, region)).as(region).isEqualTo(accounts.get(region).asText() + ".dkr.ecr." + region
                    + "." + sdkDomain(region) + "/sagemaker-scikit-learn:" + version + "-cpu-py3");
        }
    }

    @Test
    void unknownVersionOrRegion_isRejectedWithTheChoices() {
        assertThatThrownBy(() -> TrainingImages.xgboost("1.0-1", "us-east-1")).isInstanceOf(BackendException.class)
                .hasMessageContaining("'1.0-1' is not supported").hasMessageContaining("1.5-1, 1.7-1, 3.0-5");
        assertThatThrownBy(() -> TrainingImages.xgboost("1.7-1", "mars-north-1"))
                .hasMessageContaining("no XGBoost image is known for region 'mars-north-1'");
        assertThatThrownBy(() -> TrainingImages.sklearn("0.20.0", "us-east-1"))
                .hasMessageContaining("choose one of 0.23-1, 1.0-1, 1.2-1, 1.4-2 (default 1.2-1)");
        assertThatThrownBy(() -> TrainingImages.uri("mxnet", "1.0", "us-east-1")).hasMessageContaining("xgboost, sklearn, pytorch or tensorflow");
    }
}
