package dev.sagedeck.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.port.AuditLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAuditLogTest {
    @TempDir
    Path tmp;

    @Test
    void eachAttempt_appendsOneLine_withTimeCallerJobDecisionOutcome() throws Exception {
        FileAuditLog log = new FileAuditLog(tmp.resolve("state/audit.log"));
        log.append(new AuditLog.Entry(Instant.parse("2025-01-02T03:04:05Z"), "alice@box", "alice-x-1", "allowed", "stop sent"));
        log.append(new AuditLog.Entry(Instant.parse("2025-01-02T03:04:06Z"), "alice@box", "bob-x-2", "refused: not mine (owner bob)", "not sent"));

        List<String> lines = Files.readAllLines(tmp.resolve("state/audit.log"));
        assertThat(lines).containsExactly(
                "2025-01-02T03:04:05Z\tcaller=alice@box\tjob=alice-x-1\tdecision=allowed\toutcome=stop sent",
                "2025-01-02T03:04:06Z\tcaller=alice@box\tjob=bob-x-2\tdecision=refused: not mine (owner bob)\toutcome=not sent");
    }

    @Test
    void hostileJobName_cannotForgeALine() throws Exception {
        FileAuditLog log = new FileAuditLog(tmp.resolve("audit.log"));
        log.append(new AuditLog.Entry(Instant.EPOCH, "me", "x\n1970-01-01T00:00:00Z\tcaller=root", "allowed", "ok"));

        assertThat(Files.readAllLines(tmp.resolve("audit.log"))).hasSize(1);
    }
}
