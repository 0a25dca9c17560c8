package dev.sagedeck.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagedeck.port.AuditLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAuditLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void eachAttempt_appendsOneJsonLine_withWhoWhichJobDecisionAndReason() throws Exception {
        FileAuditLog log = new FileAuditLog(tmp.resolve("state/audit.log"));
        log.append(new AuditLog.Entry(Instant.parse("2025-01-02T03:04:05Z"), "alice", "alice", "arn:aws:sts::1:assumed-role/R/alice",
                "cli", "alice-x-1", "sagemaker", "alice", "stopped", "mine and running"));
        log.append(new AuditLog.Entry(Instant.parse("2025-01-02T03:04:06Z"), "alice", "alice", null, "dashboard", "bob-x-2",
                "local", "bob", "refused", "not mine (owner bob)"));

        List<String> lines = Files.readAllLines(tmp.resolve("state/audit.log"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("{\"time\":\"2025-01-02T03:04:05Z\",\"osUser\":\"alice\",\"owner\":\"alice\","
                + "\"caller\":\"arn:aws:sts::1:assumed-role/R/alice\",\"via\":\"cli\",\"job\":\"alice-x-1\",\"where\":\"sagemaker\","
                + "\"jobOwner\":\"alice\",\"decision\":\"stopped\",\"reason\":\"mine and running\"}");
        JsonNode second = JSON.readTree(lines.get(1));
        assertThat(second.path("caller").isNull()).isTrue();
        assertThat(second.path("decision").asText()).isEqualTo("refused");
        assertThat(second.path("reason").asText()).isEqualTo("not mine (owner bob)");
    }

    @Test
    void hostileJobName_cannotForgeALine_andItsControlBytesAreStoredInert() throws Exception {
        FileAuditLog log = new FileAuditLog(tmp.resolve("audit.log"));
        String hostile = "x\n{\"decision\":\"stopped\"}\u001b]0;pwned\u0007\u009b2J\u2028\"\\";
        log.append(new AuditLog.Entry(Instant.EPOCH, "me", "me", null, "cli", hostile, null, null, "refused", hostile));

        List<String> lines = Files.readAllLines(tmp.resolve("audit.log"));
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).doesNotContain("\u001b", "\u0007", "\u009b", "\u2028").contains("\\u001b]0;pwned\\u0007");
        assertThat(JSON.readTree(lines.get(0)).path("job").asText()).isEqualTo(hostile);
    }
}
