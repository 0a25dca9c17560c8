package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalAlertsTest {
    static final String ESC = "\u001b";
    static final String BEL = "\u0007";

    @Test
    void insideTmux_theNotificationsTravelInThePassthroughSequence_withEveryEscDoubled() {
        assertThat(TerminalAlerts.sequence("sagedeck: a", "Completed", false, true, true)).isEqualTo(
                ESC + "Ptmux;" + ESC + ESC + "]9;sagedeck: a: Completed" + BEL + ESC + "\\"
                        + ESC + "Ptmux;" + ESC + ESC + "]777;notify;sagedeck: a;Completed" + BEL + ESC + "\\");
    }

    @Test
    void eachSwitchIsHonoured() {
        assertThat(TerminalAlerts.sequence("t", "b", true, false, false)).isEqualTo(BEL);
        assertThat(TerminalAlerts.sequence("t", "b", false, false, false)).isEmpty();
        assertThat(TerminalAlerts.sequence("t", "b", false, true, false)).doesNotEndWith(BEL + BEL);
    }

    @Test
    void aSemicolonInTheTitleCannotShiftOsc777sFields_andC1ControlsAreDropped() {
        assertThat(TerminalAlerts.sequence("a;b", "x\u009b2Jy", false, true, false))
                .contains("]777;notify;a,b;x2Jy" + BEL).doesNotContain("\u009b");
    }
}
