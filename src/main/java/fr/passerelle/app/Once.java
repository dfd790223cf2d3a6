package fr.passerelle.app;

import java.util.function.Supplier;

/** A value computed on its first use, once, whichever thread asks first (the others wait for it). */
final class Once<T> implements Supplier<T> {
    private Supplier<T> compute;
    private T value;

    Once(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public synchronized T get() {
        if (compute != null) {
            value = compute.get(); // a failure leaves compute in place: the next call tries again
            compute = null;
        }
        return value;
    }
}
