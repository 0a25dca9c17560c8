package dev.sagedeck.data;

/** What the label asks for: two classes, several classes, or a number to predict. */
public enum Task {
    BINARY, MULTICLASS, REGRESSION;

    public boolean isClassification() {
        return this != REGRESSION;
    }
}
