package dev.sagedeck.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README command 1 on a machine with no Java: the real dist/sagedeck finds none, runs dist/setup,
 * which installs a JDK the way that machine does it, says what it runs first, and the launcher then
 * runs sagedeck on the JDK just installed. Each machine is a {@link FakeMachine} whose installers
 * are stubs that record what they were asked.
 */
class SetupOnEachMachineTest {
    @TempDir
    Path tmp;

    @Test
    void debianAsRoot_installsOpenJdk17WithAptGet_thenRunsSagedeckOnIt() throws Exception {
        FakeMachine m = new FakeMachine(tmp).installedCopy()
                .osRelease("PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\n")
                .with("SAGEDECK_YES", "1");
        Path jdk = m.jvmDirs.resolve("java-17-openjdk-amd64");
        m.stub("apt-get", m.installsJdk(jdk)).stub("dnf", "exit 9").stub("conda", "exit 9");

        FakeMachine.Result r = m.run("dist/sagedeck", "--local-only");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("about to run: apt-get update && apt-get install -y openjdk-17-jdk-headless");
        assertThat(m.calls()).containsExactly(
                "apt-get update -qq",
                "apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless",
                "java " + jdk + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -Xlog:cds*=off -jar "
                        + m.app.resolve("dist/sagedeck.jar") + " --local-only");
    }

    @Test
    void debian13WithoutOpenJdk17_installsOpenJdk21Instead_andSaysSo() throws Exception {
        FakeMachine m = new FakeMachine(tmp).installedCopy()
                .osRelease("PRETTY_NAME=\"Debian GNU/Linux 13 (trixie)\"\nID=debian\nVERSION_ID=\"13\"\n")
                .with("SAGEDECK_YES", "1");
        Path jdk = m.jvmDirs.resolve("java-21-openjdk-amd64");
        m.stub("apt-get", m.installsJdk(jdk)).stub("apt-cache", "case $2 in openjdk-17-*) exit 100 ;; esac");

        FakeMachine.Result r = m.run("dist/sagedeck", "--local-only");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("this release has no openjdk-17-jdk-headless; installing openjdk-21-jdk-headless instead");
        assertThat(m.calls()).startsWith("apt-get update -qq", "apt-cache show openjdk-17-jdk-headless",
                "apt-cache show openjdk-21-jdk-headless", "apt-get install -y -qq --no-install-recommends openjdk-21-jdk-headless");
    }

    @Test
    void amazonLinux2023_asEc2UserWithSudo_installsCorretto17WithDnf() throws Exception {
        FakeMachine m = new FakeMachine(tmp).installedCopy()
                .osRelease("NAME=\"Amazon Linux\"\nVERSION=\"2023\"\nID=\"amzn\"\nID_LIKE=\"fedora\"\nVERSION_ID=\"2023\"\n")
                .uid(1000)
                .with("SAGEDECK_YES", "1");
        Path corretto = m.jvmDirs.resolve("java-17-amazon-corretto.x86_64");
        m.stub("sudo", "[ \"$1\" = -n ] && [ \"$2\" = true ] && exit 0; exec \"$@\"")
                .stub("dnf", m.installsJdk(corretto))
                .stub("yum", m.installsJdk(corretto));

        FakeMachine.Result r = m.run("dist/sagedeck", "jobs", "--local-only");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("about to run: sudo dnf install -y java-17-amazon-corretto-devel")
                .contains("JDK 17 ready: " + corretto);
        assertThat(m.calls()).containsExactly(
                "sudo -n true",
                "sudo dnf install -y java-17-amazon-corretto-devel",
                "dnf install -y java-17-amazon-corretto-devel",
                "java " + corretto + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -Xlog:cds*=off -jar "
                        + m.app.resolve("dist/sagedeck.jar") + " jobs --local-only");
    }

    @Test
    void amazonLinux2_asEc2UserWithSudo_installsCorretto17WithYum() throws Exception {
        FakeMachine m = new FakeMachine(tmp).installedCopy()
                .osRelease("NAME=\"Amazon Linux\"\nVERSION=\"2\"\nID=\"amzn\"\nID_LIKE=\"centos rhel fedora\"\nVERSION_ID=\"2\"\n")
                .uid(1000)
                .with("SAGEDECK_YES", "1");
        Path corretto = m.jvmDirs.resolve("java-17-amazon-corretto");
        m.stub("sudo", "[ \"$1\" = -n ] && [ \"$2\" = true ] && exit 0; exec \"$@\"").stub("yum", m.installsJdk(corretto));

        FakeMachine.Result r = m.run("dist/sagedeck", "--version");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("about to run: sudo yum install -y java-17-amazon-corretto-devel");
        assertThat(m.calls()).startsWith("sudo -n true", "sudo yum install -y java-17-amazon-corretto-devel",
                "yum install -y java-17-amazon-corretto-devel");
        assertThat(m.calls().get(3)).startsWith("java " + corretto + " ");
    }

    @Test
    void notebookWithoutRoot_installsOpenJdk17WithCondaIntoSagedecksOwnEnvironment() throws Exception {
        FakeMachine m = new FakeMachine(tmp).installedCopy()
                .osRelease("ID=\"amzn\"\nVERSION_ID=\"2\"\n")
                .uid(1000)
                .with("SAGEDECK_YES", "1");
        Path env = m.home.resolve(".local/share/sagedeck/jdk");
        m.stub("sudo", "exit 1") // root access disabled: sudo -n refuses
                .stub("yum", "exit 9")
                .stub("conda", m.installsJdk(env.resolve("lib/jvm")));

        FakeMachine.Result r = m.run("dist/sagedeck", "--local-only");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("about to run: " + m.bin.resolve("conda") + " create -y -p " + env + " -c conda-forge openjdk=17");
        assertThat(m.calls()).containsExactly(
                "sudo -n true",
                "conda create -y -q -p " + env + " -c conda-forge openjdk=17",
                "java " + env.resolve("lib/jvm") + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -Xlog:cds*=off -jar "
                        + m.app.resolve("dist/sagedeck.jar") + " --local-only");
    }

    @Test
    void nothingToInstallWith_saysSoClearly_andExits2() throws Exception {
        FakeMachine m = new FakeMachine(tmp).installedCopy().osRelease("ID=debian\n").uid(1000).with("SAGEDECK_YES", "1");

        FakeMachine.Result r = m.run("dist/sagedeck", "--local-only");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("needs a JDK 17 or newer and found no way to install it here")
                .contains("set JAVA_HOME").contains("docs/INSTALL.md");
        assertThat(m.calls()).isEmpty();
    }

    @Test
    void noTerminalAndNoYes_installsNothing_andSaysHowToSayYes() throws Exception {
        FakeMachine m = new FakeMachine(tmp).installedCopy();
        m.stub("apt-get", m.installsJdk(m.jvmDirs.resolve("java-17-openjdk-amd64")));

        FakeMachine.Result r = m.run("dist/sagedeck", "--local-only");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("about to run: apt-get update && apt-get install -y openjdk-17-jdk-headless")
                .contains("not a terminal, so not asking").contains("dist/setup --yes").contains("SAGEDECK_YES=1");
        assertThat(m.calls()).as("no installer ran").isEmpty();
    }

    @Test
    void onATerminal_itAsksFirst_andOnlyYesInstalls() throws Exception {
        FakeMachine m = new FakeMachine(tmp).installedCopy();
        Path jdk = m.jvmDirs.resolve("java-17-openjdk-amd64");
        m.stub("apt-get", m.installsJdk(jdk));

        FakeMachine.Result declined = m.runOnTerminal("\n", "dist/sagedeck", "--local-only");

        assertThat(declined.code()).as(declined.toString()).isEqualTo(2);
        assertThat(declined.out()).contains("about to run: apt-get update && apt-get install -y openjdk-17-jdk-headless")
                .contains("go ahead? [y/N]").contains("nothing installed");
        assertThat(m.calls()).as("Enter alone is no").isEmpty();

        FakeMachine.Result accepted = m.runOnTerminal("y\n", "dist/sagedeck", "--local-only");

        assertThat(accepted.code()).as(accepted.toString()).isZero();
        assertThat(m.calls()).startsWith("apt-get update -qq", "apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless");
        assertThat(m.calls().get(2)).startsWith("java " + jdk + " ");
    }

    @Test
    void setupForTheTests_addsTmuxAndPython3ToTheSameInstall_whenTheyAreMissing() throws Exception {
        FakeMachine m = new FakeMachine(tmp).installedCopy();
        Path jdk = m.jvmDirs.resolve("java-17-openjdk-amd64");
        m.stub("apt-get", m.installsJdk(jdk));

        FakeMachine.Result r = m.run("dist/setup", "--yes", "--test-tools");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(m.calls()).containsExactly("apt-get update -qq",
                "apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless tmux python3 python3-venv");
    }

    @Test
    void setupWhenAJdkIsThere_installsNothing_andSaysWhichJdk() throws Exception {
        FakeMachine m = new FakeMachine(tmp).installedCopy();
        Path jdk = FakeMachine.jdk(m.jvmDirs.resolve("temurin-21-jdk-amd64"), 21, true);
        m.stub("apt-get", "exit 9");

        FakeMachine.Result r = m.run("dist/setup");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("JDK 21 found: " + jdk);
        assertThat(m.calls()).isEmpty();
    }
}
