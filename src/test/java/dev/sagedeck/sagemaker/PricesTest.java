package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagedeck.domain.Price;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.testing.ScriptedAws;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a price comes from and how it is labelled; the Price List API is the scripted endpoint. */
class PricesTest {
    private static final Clock NOV_26 = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path state;
    private ScriptedAws aws;
    private AwsConnection connection;

    @BeforeEach
    void start() {
        aws = ScriptedAws.start();
        connection = AwsTestSupport.connect(aws.endpoint());
        aws.on("AWSPriceListService.GetProducts", PricesTest::priceList);
    }

    @AfterEach
    void stop() {
        connection.close();
        aws.close();
    }

    /** A Price List answer shaped like AWS's: hosting, spot-training and training products for the type. */
    private static ScriptedAws.Reply priceList(JsonNode req) {
        String type = "";
        String region = "";
        for (JsonNode f : req.path("Filters")) {
            if (f.path("Field").asText().equals("instanceName")) {
                type = f.path("Value").asText();
            }
            if (f.path("Field").asText().equals("regionCode")) {
                region = f.path("Value").asText();
            }
        }
        ObjectNode out = ScriptedAws.JSON.createObjectNode().put("FormatVersion", "aws_v1");
        ArrayNode list = out.putArray("PriceList");
        if (type.equals("ml.m5.xlarge") && region.equals("eu-west-1")) {
            list.add(product(type, "EU-Host:" + type, "Hosting", "0.2580000000"));
            list.add(product(type, "EU-Train:" + type, "Training", "0.2580000000"));
            list.add(product(type, "EU-Spot-Train:" + type, "Training", "0.0774000000"));
        }
        if (type.equals("ml.c5.xlarge")) {
            list.add(product(type, "EU-Train:" + type, "Training", "0.2280000000"));
            list.add(product(type, "EU-Train:" + type, "Training", "0.2380000000"));
        }
        return ScriptedAws.Reply.ok(out);
    }

    private static String product(String type, String usage, String component, String usd) {
        ObjectNode p = ScriptedAws.JSON.createObjectNode();
        p.putObject("product").put("productFamily", "ML Instance").putObject("attributes")
                .put("instanceName", type).put("usagetype", usage).put("component", component).put("regionCode", "eu-west-1");
        p.putObject("terms").putObject("OnDemand").putObject("SKU.JRTCKXETXF").putObject("priceDimensions")
                .putObject("SKU.JRTCKXETXF.6YS6EN2CT7").put("unit", "Hrs").putObject("pricePerUnit").put("USD", usd);
        return p.toString();
    }

    private SageMakerPrices prices(String region, Clock clock) {
        return new SageMakerPrices(region, state.resolve("prices.properties"), state.resolve("cache"), connection, clock);
    }

    @Test
    void priceList_givesTheOnDemandTrainingPrice_notHostingNorSpot_andSaysWhenItWasFetched() {
        Price p = prices("eu-west-1", NOV_26).hourly("ml.m5.xlarge").orElseThrow();

        assertThat(p.usdPerHour()).isEqualTo(0.258);
        assertThat(p.source()).isEqualTo("AWS Price List, eu-west-1, 2026-11-26");
        JsonNode req = aws.requests("GetProducts").get(0).body();
        assertThat(req.path("ServiceCode").asText()).isEqualTo("AmazonSageMaker");
        assertThat(req.path("Filters").toString()).contains("\"Type\":\"TERM_MATCH\"");
    }

    @Test
    void priceListAnswer_isCachedOnDisk_soARestartAsksNothingForAMonth() {
        prices("eu-west-1", NOV_26).hourly("ml.m5.xlarge");
        Clock nextWeek = Clock.offset(NOV_26, java.time.Duration.ofDays(7));
        Clock twoMonths = Clock.offset(NOV_26, java.time.Duration.ofDays(60));

        Price again = prices("eu-west-1", nextWeek).hourly("ml.m5.xlarge").orElseThrow();
        assertThat(aws.count("GetProducts")).isEqualTo(1);
        assertThat(again.source()).isEqualTo("AWS Price List, eu-west-1, 2026-11-26");

        prices("eu-west-1", twoMonths).hourly("ml.m5.xlarge");
        assertThat(aws.count("GetProducts")).as("a stale entry is fetched again").isEqualTo(2);
    }

    @Test
    void myOwnPriceFile_winsOverEverything() throws IOException {
        Files.writeString(state.resolve("prices.properties"), "eu-west-1.ml.m5.xlarge=0.2\nml.g5.xlarge=1.1\n");

        SageMakerPrices prices = prices("eu-west-1", NOV_26);

        assertThat(prices.hourly("ml.m5.xlarge").orElseThrow().usdPerHour()).isEqualTo(0.2);
        assertThat(prices.hourly("ml.g5.xlarge").orElseThrow().source()).startsWith("your price (");
        assertThat(aws.count("GetProducts")).isZero();
    }

    @Test
    void priceFileWithNonsense_namesTheFileAndTheLine() throws IOException {
        Files.writeString(state.resolve("prices.properties"), "ml.m5.xlarge=cheap\n");

        BackendException e = AwsFaultsTest.catchBackend(() -> prices("eu-west-1", NOV_26).hourly("ml.m5.xlarge"));

        assertThat(e.getMessage()).isEqualTo(state.resolve("prices.properties") + ": 'ml.m5.xlarge=cheap' is not a "
                + "price in US dollars per hour (write e.g. ml.m5.xlarge=0.23)");
    }

    @Test
    void priceListDenied_usesTheBundledTable_labelledApproximate() {
        aws.faults().always("GetProducts", 400, "AccessDeniedException", "not authorized to perform: pricing:GetProducts");

        Price p = prices("us-east-1", NOV_26).hourly("ml.m5.large").orElseThrow();

        assertThat(p.usdPerHour()).isEqualTo(0.115);
        assertThat(p.source()).isEqualTo("approximate, list price as of 2025 (bundled, us-east-1)");
    }

    @Test
    void noSourceKnowsIt_isUnknownRatherThanAGuess() {
        aws.faults().always("GetProducts", 503, "ServiceUnavailable", "down");

        assertThat(prices("ap-southeast-2", NOV_26).hourly("ml.m5.large")).as("bundled table is us-east-1 only").isEmpty();
        assertThat(prices("us-east-1", NOV_26).hourly("ml.trn1.32xlarge")).isEmpty();
    }

    @Test
    void ambiguousPriceListAnswer_isNotTrusted() {
        assertThat(prices("eu-west-1", NOV_26).hourly("ml.c5.xlarge")).isEmpty();
    }

    @Test
    void askedTwiceInOneSession_costsOneCall() {
        SageMakerPrices prices = prices("eu-west-1", NOV_26);
        prices.hourly("ml.p3.2xlarge");
        prices.hourly("ml.p3.2xlarge");

        assertThat(aws.count("GetProducts")).isEqualTo(1);
    }
}
