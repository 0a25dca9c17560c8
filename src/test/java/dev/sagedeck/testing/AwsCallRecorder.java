package dev.sagedeck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Records every AWS operation sagedeck makes during the test suite ({@code Service:Operation}, once
 * per JVM each; only calls through {@code AwsConnection}, not those tests make to seed moto) in
 * {@code target/aws-calls.txt}. Registered for tests only, through the SDK's global
 * interceptor list on the test classpath; {@code IamPolicyCoversEveryAwsCallIT} then checks that
 * the policy {@code sagedeck iam-policy} prints allows every one of them.
 */
public final class AwsCallRecorder implements ExecutionInterceptor {
    /** Where the calls are written (Maven runs tests from the project directory). */
    public static final Path FILE = Path.of("target", "aws-calls.txt");
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    /** The one door every sagedeck call goes through; calls tests make to seed moto do not. */
    private static final String SAGEDECK_CALLS = "dev.sagedeck.sagemaker.AwsConnection";

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        // synchronous clients run this on the caller's thread: keep only calls sagedeck itself makes
        if (!StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getClassName().equals(SAGEDECK_CALLS)))) {
            return;
        }
        String call = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + ":"
                + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (!SEEN.add(call)) {
            return;
        }
        try {
            Files.createDirectories(FILE.toAbsolutePath().getParent());
            try (FileChannel ch = FileChannel.open(FILE, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ch.write(ByteBuffer.wrap((call + "\n").getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the AWS call " + call, e);
        }
    }
}
