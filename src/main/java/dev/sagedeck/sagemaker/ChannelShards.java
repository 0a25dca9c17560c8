package dev.sagedeck.sagemaker;

import dev.sagedeck.data.CsvShards;
import dev.sagedeck.domain.JobSettings;
import dev.sagedeck.domain.LaunchSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sagemaker.model.Channel;

/**
 * {@code ShardedByS3Key} for a channel sagedeck uploads from a local file: SageMaker hands each
 * instance whole S3 objects, so one file would reach one instance only; the file is split into one
 * shard per instance ({@link CsvShards}: whole rows; built-in XGBoost's prepared CSV has no header,
 * a script's CSV keeps its header in every shard) and the shards go under the channel's prefix in
 * place of the file. A channel already in S3 is used as it is (it needs at least as many objects as
 * instances). Also says when several instances share fully replicated data with built-in XGBoost.
 */
final class ChannelShards {
    private ChannelShards() {}

    static void apply(LaunchSpec spec, int instances, List<Channel> channels, List<LaunchPlan.Upload> uploads, Path work,
            List<String> notes) {
        for (Channel c : channels) {
            String uri = c.dataSource().s3DataSource().s3Uri();
            String name = c.channelName();
            List<LaunchPlan.Upload> mine = uploads.stream().filter(u -> u.to().uri().startsWith(uri) && !uri.equals(u.to().uri())).toList();
            if (!JobSettings.SHARDED.equals(spec.settings().distributionOf(name))) {
                if (instances > 1 && spec.script() == null && name.equals("train")) {
                    notes.add("train is FullyReplicated: each of the %d instances reads all of it, so built-in XGBoost trains no faster "
                            .formatted(instances) + "(--data-distribution train=ShardedByS3Key splits it)");
                }
                continue;
            }
            if (mine.isEmpty()) {
                notes.add("%s is ShardedByS3Key: each instance gets whole objects under %s, so it needs at least %d of them"
                        .formatted(name, uri, instances));
                continue;
            }
            if (mine.size() > 1) {
                throw LaunchPlanner.invalid("--data-distribution %s=ShardedByS3Key: the channel has %d files; sagedeck splits one"
                        .formatted(name, mine.size()));
            }
            LaunchPlan.Upload u = mine.get(0);
            boolean header = spec.script() != null;
            List<CsvShards.Shard> shards = split(u.file(), instances, header, work, name);
            int at = uploads.indexOf(u);
            uploads.remove(at);
            S3Location dir = S3Location.parse(uri, name);
            for (int i = 0; i < shards.size(); i++) {
                CsvShards.Shard s = shards.get(i);
                uploads.add(at + i, new LaunchPlan.Upload(s.file(), dir.child(s.file().getFileName().toString()), u.contentType(),
                        "%s shard %d of %d: %d rows%s".formatted(name, i + 1, shards.size(), s.rows(), header ? ", its header first" : "")));
            }
            notes.add("%s is ShardedByS3Key: %s split into %d shards of whole rows%s, one per instance"
                    .formatted(name, u.file().getFileName(), shards.size(), header ? " (each with the header)" : " (no header, as built-in XGBoost reads CSV)"));
        }
    }

    private static List<CsvShards.Shard> split(Path file, int n, boolean header, Path work, String channel) {
        try {
            Path dir = Files.createDirectories(work.resolve("shards-" + channel));
            return CsvShards.split(file, n, header, dir, channel);
        } catch (IllegalArgumentException e) {
            throw LaunchPlanner.invalid("--data-distribution " + channel + "=ShardedByS3Key: " + e.getMessage());
        } catch (IOException e) {
            throw new dev.sagedeck.port.BackendException(dev.sagedeck.port.BackendException.Kind.FAILED,
                    "cannot split " + file + " into shards: " + e.getMessage(), e);
        }
    }
}
