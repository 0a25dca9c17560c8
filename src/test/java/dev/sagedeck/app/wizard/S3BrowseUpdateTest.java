package dev.sagedeck.app.wizard;

import static dev.sagedeck.app.wizard.WizardFixture.press;
import static dev.sagedeck.app.wizard.WizardFixture.send;
import static dev.sagedeck.app.wizard.WizardFixture.state;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.Effect;
import dev.sagedeck.app.Msg;
import dev.sagedeck.app.Next;
import dev.sagedeck.port.ObjectStore.Entry;
import dev.sagedeck.port.ObjectStore.Listing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wizard's S3 browser in the reducer: open, descend, go up, pick, errors, stale answers; never any I/O here. */
class S3BrowseUpdateTest {
    static final String TRAIN = "s3://alice-bucket/titanic/train.csv";
    static final Listing TITANIC = new Listing("s3://alice-bucket/titanic/", List.of(
            new Entry("v2/", "s3://alice-bucket/titanic/v2/", true, -1),
            new Entry("test.csv", "s3://alice-bucket/titanic/test.csv", false, 300),
            new Entry("train.csv", TRAIN, false, 1500)), false);

    /** The SageMaker path's data step with the training field holding {@code uri}. */
    static AppState dataStep(String uri) {
        return press(state(true), "n<Right><Enter><Right><Tab>" + uri).state();
    }

    @Test
    void browseKey_onAnS3File_listsItsFolder_asAnEffect() {
        Next n = press(dataStep(TRAIN), "<C-b>");
        assertThat(n.effects()).containsExactly(new Effect.ListObjects("s3://alice-bucket/titanic/"));
        S3Browser b = n.state().wizard().browser();
        assertThat(b.loading()).isTrue();
        assertThat(b.field()).isEqualTo(WizardField.TRAIN);
        assertThat(press(dataStep("s3://alice-bucket"), "<F2>").effects()).containsExactly(new Effect.ListObjects("s3://alice-bucket/"));
    }

    @Test
    void listing_showsUpThenEntries_andEnterOnAFolderDescends() {
        AppState s = send(press(dataStep(TRAIN), "<C-b>").state(), new Msg.ObjectsListed("s3://alice-bucket/titanic/", TITANIC)).state();
        S3Browser b = s.wizard().browser();
        assertThat(b.loading()).isFalse();
        assertThat(b.rows()).extracting(Entry::name).containsExactly("../", "v2/", "test.csv", "train.csv");
        Next down = press(s, "<Down><Enter>");
        assertThat(down.effects()).containsExactly(new Effect.ListObjects("s3://alice-bucket/titanic/v2/"));
        assertThat(down.state().wizard().browser().prefix()).isEqualTo("s3://alice-bucket/titanic/v2/");
        Next up = press(send(down.state(), new Msg.ObjectsListed("s3://alice-bucket/titanic/v2/",
                new Listing("s3://alice-bucket/titanic/v2/", List.of(), false))).state(), "<Backspace>");
        assertThat(up.effects()).containsExactly(new Effect.ListObjects("s3://alice-bucket/titanic/"));
    }

    @Test
    void enterOnAFile_putsItsUriInTheField_andClosesTheBrowser() {
        AppState s = send(press(dataStep("s3://alice-bucket/titanic/"), "<C-b>").state(),
                new Msg.ObjectsListed("s3://alice-bucket/titanic/", TITANIC)).state();
        Next picked = press(s, "<Down><Down><Enter>");
        assertThat(picked.state().wizard().browser()).isNull();
        assertThat(picked.state().wizard().value(WizardField.TEST)).isEmpty();
        assertThat(picked.state().wizard().value(WizardField.TRAIN)).isEqualTo("s3://alice-bucket/titanic/test.csv");
        assertThat(picked.state().flash()).isEqualTo("Training data: s3://alice-bucket/titanic/test.csv");
        assertThat(picked.effects()).isEmpty();
    }

    @Test
    void escCloses_keepingWhatWasTyped_andTypedKeysDoNotReachTheField() {
        AppState open = press(dataStep(TRAIN), "<C-b>").state();
        AppState closed = press(open, "xy<Esc>").state();
        assertThat(closed.wizard().browser()).isNull();
        assertThat(closed.wizard().step()).isEqualTo(WizardStep.DATA);
        assertThat(closed.wizard().value(WizardField.TRAIN)).isEqualTo(TRAIN);
    }

    @Test
    void aFailedListing_isALineInTheBrowser() {
        AppState s = send(press(dataStep(TRAIN), "<C-b>").state(),
                new Msg.ObjectListFailed("s3://alice-bucket/titanic/", "bucket 'alice-bucket' does not exist")).state();
        assertThat(s.wizard().browser().error()).isEqualTo("bucket 'alice-bucket' does not exist");
        assertThat(s.wizard().browser().loading()).isFalse();
        assertThat(s.busy("objects")).isFalse();
    }

    @Test
    void aStaleListing_isDropped_andTheCurrentPrefixIsAskedFor() {
        AppState s = send(press(dataStep(TRAIN), "<C-b>").state(), new Msg.ObjectsListed("s3://alice-bucket/titanic/", TITANIC)).state();
        AppState moved = press(s, "<Down><Enter>").state(); // v2/ in flight
        AppState back = press(moved, "<Backspace>").state(); // busy: no second effect yet
        assertThat(back.wizard().browser().prefix()).isEqualTo("s3://alice-bucket/titanic/");
        Next arrived = send(back, new Msg.ObjectsListed("s3://alice-bucket/titanic/v2/", new Listing("s3://alice-bucket/titanic/v2/", List.of(), false)));
        assertThat(arrived.state().wizard().browser().loading()).isTrue();
        assertThat(arrived.effects()).containsExactly(new Effect.ListObjects("s3://alice-bucket/titanic/"));
    }

    @Test
    void theBrowseKey_saysWhyWhenItCannotBrowse() {
        assertThat(press(dataStep("data/train.csv"), "<C-b>").state().flash())
                .isEqualTo("Type an s3:// URI first (s3://bucket/ or s3://bucket/prefix/), then C-b lists it.");
        assertThat(press(state(true), "n<C-b>").state().flash()).isEqualTo("C-b browses S3 from the Training data or Test file field.");
        AppState noAws = press(state(false), "n<Enter><Right><Tab>" + TRAIN + "<C-b>").state();
        assertThat(noAws.flash()).startsWith("Browsing S3 needs AWS, which is not available: AWS is not configured");
        assertThat(noAws.wizard().browser()).isNull();
        assertThat(press(dataStep("s3://Bad_Bucket/x"), "<C-b>").state().flash()).contains("is not a valid S3 bucket name");
    }
}
