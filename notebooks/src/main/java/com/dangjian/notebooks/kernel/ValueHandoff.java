package com.dangjian.notebooks.kernel;

/**
 * Where a cell's last value waits for the kernel. Snippets run in this JVM on a class loader whose parent
 * loads this class, so both sides see the same field; one cell runs at a time.
 */
public final class ValueHandoff {

    private static Object value;

    private ValueHandoff() {
    }

    public static void put(Object v) {
        value = v;
    }

    static Object take() {
        Object v = value;
        value = null;
        return v;
    }

    static void clear() {
        value = null;
    }
}
