package dev.sagedeck.sagemaker;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import software.amazon.awssdk.services.pricing.model.Filter;
import software.amazon.awssdk.services.pricing.model.FilterType;
import software.amazon.awssdk.services.pricing.model.GetProductsResponse;

/**
 * Asks the AWS Price List API for the on-demand training price of one instance type in one region.
 * Only the two attributes known to exist for SageMaker are filtered on the server ({@code regionCode},
 * {@code instanceName}); the training product is picked here, by usage type {@code <REGION>-Train:<type>}
 * (the form seen in real answers) or {@code component = Training} — whichever the answer carries —
 * excluding spot, and only when exactly one hourly USD price remains.
 */
final class PriceListLookup {
    private static final int MAX_PAGES = 5;

    private final AwsConnection aws;

    PriceListLookup(AwsConnection aws) {
        this.aws = aws;
    }

    /** The hourly USD price, or empty when the answer holds no single training price. Throws on call failures. */
    Optional<Double> trainingPrice(String region, String instanceType) {
        List<String> products = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String next = token;
            GetProductsResponse page = aws.call(AwsConnection.Budget.CONTROL, AwsService.PRICING, "GetProducts",
                    () -> aws.pricing().getProducts(r -> r.serviceCode("AmazonSageMaker").formatVersion("aws_v1")
                            .filters(term("regionCode", region), term("instanceName", instanceType))
                            .maxResults(100).nextToken(next)));
            products.addAll(page.priceList());
            token = page.nextToken();
        } while (token != null && !token.isEmpty() && ++pages < MAX_PAGES);
        return pick(products, instanceType);
    }

    private static Filter term(String field, String value) {
        return Filter.builder().type(FilterType.TERM_MATCH).field(field).value(value).build();
    }

    /** The single on-demand training price among the products, if there is exactly one. */
    static Optional<Double> pick(List<String> priceList, String instanceType) {
        TreeSet<Double> prices = new TreeSet<>();
        for (String json : priceList) {
            JsonNode p;
            try {
                p = SdkJson.MAPPER.readTree(json);
            } catch (IOException e) {
                continue; // one unreadable product does not spoil the others
            }
            JsonNode attrs = p.path("product").path("attributes");
            String usage = attrs.path("usagetype").asText("");
            String component = attrs.path("component").asText("");
            boolean training = usage.endsWith("-Train:" + instanceType) || component.equalsIgnoreCase("Training");
            boolean spot = usage.contains("Spot") || component.contains("Spot");
            if (!training || spot || !instanceType.equals(attrs.path("instanceName").asText(instanceType))) {
                continue;
            }
            for (JsonNode term : p.path("terms").path("OnDemand")) {
                for (JsonNode dim : term.path("priceDimensions")) {
                    String unit = dim.path("unit").asText("Hrs");
                    JsonNode usd = dim.path("pricePerUnit").path("USD");
                    if (unit.startsWith("Hr") && usd.isTextual()) {
                        try {
                            double v = Double.parseDouble(usd.asText());
                            if (v > 0) {
                                prices.add(v);
                            }
                        } catch (NumberFormatException ignored) {
                            // not a price; skip it
                        }
                    }
                }
            }
        }
        return prices.size() == 1 ? Optional.of(prices.first()) : Optional.empty();
    }
}
