package dev.sagedeck.cli;

import dev.sagedeck.Wiring;
import picocli.CommandLine;

/** Lets picocli build commands that take the {@link Wiring} in their constructor. */
final class WiringFactory implements CommandLine.IFactory {
    private final Wiring wiring;

    WiringFactory(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        try {
            return cls.getDeclaredConstructor(Wiring.class).newInstance(wiring);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
