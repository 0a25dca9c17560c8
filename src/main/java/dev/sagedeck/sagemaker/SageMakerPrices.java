package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.Price;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.Prices;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Training prices for one region, from the most to the least trustworthy source: the user's own
 * {@code prices.properties} in the state directory, a Price List answer cached on disk (30 days), a
 * fresh Price List call, and the bundled table (labelled approximate, us-east-1 only). When none
 * knows the instance type: empty, "price unknown", never a guess.
 */
public final class SageMakerPrices implements Prices {
    static final Duration CACHE_FOR = Duration.ofDays(30);
    private static final String BUNDLED = "approximate-prices.properties";

    private final String region;
    private final Path overrides;
    private final Path cacheFile;
    private final PriceListLookup priceList;
    private final Clock clock;
    private final Map<String, Optional<Price>> asked = new ConcurrentHashMap<>();

    /**
     * @param overrides the user's prices file (may not exist)
     * @param cacheDir  where Price List answers are kept
     * @param aws       the connection for the Price List API, or null to never call it
     */
    public SageMakerPrices(String region, Path overrides, Path cacheDir, AwsConnection aws, Clock clock) {
        this.region = region;
        this.overrides = overrides;
        this.cacheFile = cacheDir == null ? null : cacheDir.resolve("prices").resolve(region + ".properties");
        this.priceList = aws == null ? null : new PriceListLookup(aws);
        this.clock = clock;
    }

    @Override
    public Optional<Price> hourly(String instanceType) {
        if (instanceType == null || instanceType.isBlank()) {
            return Optional.empty();
        }
        Optional<Price> own = override(instanceType);
        if (own.isPresent()) {
            return own; // re-read every time: the user may be editing the file
        }
        return asked.computeIfAbsent(instanceType, this::lookUp);
    }

    /**
     * Every price known without a call — the bundled table for this region, fresh cached Price List
     * answers, then the user's own file on top — for a dashboard that must not wait at start.
     * Lines of the user's file that are not numbers are left out here; {@link #hourly} names them.
     */
    @Override
    public Map<String, Price> known() {
        Map<String, Price> out = new TreeMap<>();
        Properties bundled = bundledTable();
        if (region.equals(bundled.getProperty("region"))) {
            for (String type : bundled.stringPropertyNames()) {
                if (type.startsWith("ml.")) {
                    bundled(type).ifPresent(p -> out.put(type, p));
                }
            }
        }
        if (cacheFile != null && Files.isRegularFile(cacheFile)) {
            for (String type : load(cacheFile).stringPropertyNames()) {
                if (!type.endsWith(".fetched")) {
                    cached(type).ifPresent(p -> out.put(type, p));
                }
            }
        }
        if (overrides != null && Files.isRegularFile(overrides)) {
            for (String key : load(overrides).stringPropertyNames()) {
                String type = key.startsWith(region + ".") ? key.substring(region.length() + 1) : key;
                if (type.startsWith("ml.") && (key.equals(type) || key.startsWith(region + "."))) {
                    try {
                        override(type).ifPresent(p -> out.put(type, p));
                    } catch (BackendException notANumber) {
                        // reported by hourly(type), where the caller can show it
                    }
                }
            }
        }
        return out;
    }

    private Optional<Price> lookUp(String type) {
        Optional<Price> cached = cached(type);
        if (cached.isPresent()) {
            return cached;
        }
        if (priceList != null) {
            try {
                Optional<Double> v = priceList.trainingPrice(region, type);
                if (v.isPresent()) {
                    String day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
                    remember(type, v.get(), day);
                    return Optional.of(new Price(type, v.get(), "AWS Price List, " + region + ", " + day));
                }
            } catch (BackendException e) {
                // denied, offline or throttled: the bundled table below is the honest fallback
            }
        }
        return bundled(type);
    }

    private Optional<Price> override(String type) {
        if (overrides == null || !Files.isRegularFile(overrides)) {
            return Optional.empty();
        }
        Properties p = load(overrides);
        for (String key : new String[] {region + "." + type, type}) {
            String v = p.getProperty(key);
            if (v != null) {
                try {
                    return Optional.of(new Price(type, Double.parseDouble(v.trim()), "your price (" + overrides + ")"));
                } catch (NumberFormatException e) {
                    throw new BackendException(BackendException.Kind.INVALID, overrides + ": '" + key + "=" + v
                            + "' is not a price in US dollars per hour (write e.g. " + key + "=0.23)");
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Price> cached(String type) {
        if (cacheFile == null || !Files.isRegularFile(cacheFile)) {
            return Optional.empty();
        }
        Properties p = load(cacheFile);
        String v = p.getProperty(type);
        String day = p.getProperty(type + ".fetched");
        try {
            if (v != null && day != null && LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC)
                    .plus(CACHE_FOR).isAfter(clock.instant())) {
                return Optional.of(new Price(type, Double.parseDouble(v), "AWS Price List, " + region + ", " + day));
            }
        } catch (RuntimeException damaged) {
            // a damaged cache entry is a miss
        }
        return Optional.empty();
    }

    private synchronized void remember(String type, double price, String day) {
        if (cacheFile == null) {
            return;
        }
        try {
            Files.createDirectories(cacheFile.getParent());
            Properties p = Files.isRegularFile(cacheFile) ? load(cacheFile) : new Properties();
            p.setProperty(type, Double.toString(price));
            p.setProperty(type + ".fetched", day);
            Path tmp = Files.createTempFile(cacheFile.getParent(), "prices", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "AWS Price List answers for SageMaker training, " + region);
            }
            Files.move(tmp, cacheFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the cache only saves calls
        }
    }

    private static Properties bundledTable() {
        Properties p = new Properties();
        try (InputStream in = SageMakerPrices.class.getResourceAsStream(BUNDLED)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // no bundled table: prices are unknown rather than guessed
        }
        return p;
    }

    private Optional<Price> bundled(String type) {
        Properties p = bundledTable();
        String v = p.getProperty(type);
        if (v == null || !region.equals(p.getProperty("region"))) {
            return Optional.empty();
        }
        return Optional.of(new Price(type, Double.parseDouble(v),
                "approximate, list price as of " + p.getProperty("as-of") + " (bundled, " + region + ")"));
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new BackendException(BackendException.Kind.INVALID, "cannot read " + file + ": " + e.getMessage());
        }
        return p;
    }
}
