package dev.sagedeck.app;

import dev.sagedeck.app.keys.Keymap;
import dev.sagedeck.domain.FrameworkCatalog;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.Price;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's run context, set at start: version, who I am, which backends are on, the AWS
 * status line, read-only mode, the key bindings and known prices. Five things arrive later, each
 * through its wither: the owner name (first-run question), the notebook instance and the default
 * execution role (looked up after the first frame), the wizard's last values (after a launch) and
 * the last test file a comparison scored on ({@code lastTestFile}, after {@code t}); the last two are
 * also read at start from the state directory, so they carry over to the next session.
 * {@code frameworks} are the PyTorch and TensorFlow versions the wizard offers (from the SDK's tables).
 */
public record Session(
        String version,
        Ownership ownership,
        String backends,
        String awsStatus,
        String notebook,
        boolean readOnly,
        Keymap keymap,
        Map<String, Price> prices,
        Map<String, String> wizardLast,
        String defaultRole,
        FrameworkCatalog frameworks,
        String lastTestFile) {

    public Session {
        prices = Map.copyOf(prices);
        wizardLast = wizardLast == null ? Map.of() : Map.copyOf(wizardLast);
        frameworks = frameworks == null ? FrameworkCatalog.EMPTY : frameworks;
    }

    public Session(String version, Ownership ownership, String backends, String awsStatus, String notebook, boolean readOnly,
            Keymap keymap, Map<String, Price> prices, Map<String, String> wizardLast, String defaultRole) {
        this(version, ownership, backends, awsStatus, notebook, readOnly, keymap, prices, wizardLast, defaultRole, null, null);
    }

    /** A session with nothing remembered from an earlier wizard and no default role. */
    public Session(String version, Ownership ownership, String backends, String awsStatus, String notebook, boolean readOnly,
            Keymap keymap, Map<String, Price> prices) {
        this(version, ownership, backends, awsStatus, notebook, readOnly, keymap, prices, Map.of(), null);
    }

    public Session withOwnership(Ownership o) {
        return new Session(version, o, backends, awsStatus, notebook, readOnly, keymap, prices, wizardLast, defaultRole, frameworks, lastTestFile);
    }

    /** The wizard's last values (read at start from wizard-last.json, replaced at each submit). */
    /**
     * The header's environment part (account, notebook instance): null until looked up off the UI
     * thread after start, empty when there is nothing to show.
     */
    public Session withNotebook(String text) {
        return new Session(version, ownership, backends, awsStatus, text, readOnly, keymap, prices, wizardLast, defaultRole, frameworks, lastTestFile);
    }

    public Session withWizardLast(Map<String, String> last) {
        return new Session(version, ownership, backends, awsStatus, notebook, readOnly, keymap, prices, last, defaultRole, frameworks, lastTestFile);
    }

    /** The role the wizard offers first (the notebook instance's execution role, when known). */
    public Session withDefaultRole(String role) {
        return new Session(version, ownership, backends, awsStatus, notebook, readOnly, keymap, prices, wizardLast, role, frameworks, lastTestFile);
    }

    /** The framework versions the wizard offers. */
    public Session withFrameworks(FrameworkCatalog catalog) {
        return new Session(version, ownership, backends, awsStatus, notebook, readOnly, keymap, prices, wizardLast, defaultRole, catalog, lastTestFile);
    }

    /** The test file the last comparison scored on (remembered across sessions), prefilled by the next {@code t}. */
    public Session withLastTestFile(String file) {
        return new Session(version, ownership, backends, awsStatus, notebook, readOnly, keymap, prices, wizardLast, defaultRole, frameworks,
                file == null || file.isBlank() ? null : file);
    }

    /** Why SageMaker cannot be used (from the AWS status line), or null when it can. */
    public String awsProblem() {
        if (awsStatus == null || awsStatus.equals(Text.AWS_NOT_CONFIGURED)) {
            return "AWS is not configured (no region or credentials found)";
        }
        if (awsStatus.equals(Text.LOCAL_ONLY)) {
            return "sagedeck was started with --local-only";
        }
        return null;
    }

    /** The hourly price of an instance type, when known (never a guess). */
    public Optional<Price> price(String instanceType) {
        return Optional.ofNullable(instanceType == null ? null : prices.get(instanceType));
    }
}
