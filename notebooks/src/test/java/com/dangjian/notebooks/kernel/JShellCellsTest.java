package com.dangjian.notebooks.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.dangjian.notebooks.Frame;

/** The kernel's cell runner on JShell, without Jupyter. */
class JShellCellsTest {

    static final JShellCells CELLS = new JShellCells();

    @AfterAll
    static void close() {
        CELLS.close();
    }

    @Test
    void aCellOfSeveralStatementsKeepsItsVariablesAndGivesItsLastValueAsAnObject() {
        assertThat(CELLS.run("int a = 20;\nint b = a + 1;\nb * 2")).isEqualTo(42);
        assertThat(CELLS.run("a")).isEqualTo(20);
        Object frame = CELLS.run("new Frame(List.of(\"x\"), List.of(List.of(\"1\")))");
        assertThat(frame).isInstanceOf(Frame.class);
        assertThat(CELLS.run("void hello() { }\nhello();")).isNull();
        assertThat(CELLS.run("String s = \"党建\";")).isNull();
    }

    @Test
    void errorsSayWhatAndWhere() {
        assertThatThrownBy(() -> CELLS.run("int x = 1;\nString y = x;"))
                .hasMessageContaining("compile error").hasMessageContaining("incompatible types").hasMessageContaining("String y = x;");
        assertThatThrownBy(() -> CELLS.run("Integer.parseInt(\"abc\")"))
                .hasMessageContaining("java.lang.NumberFormatException").hasMessageContaining("abc");
    }

    @Test
    void anInterruptStopsTheCellWithAMessage() throws Exception {
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                return;
            }
            CELLS.stop();
        });
        stopper.start();
        assertThatThrownBy(() -> CELLS.run("long spins = 0;\nwhile (true) { spins++; }\nint never = 1;"))
                .hasMessageContaining("interrupted").hasMessageContaining("while (true)");
        assertThat((Long) CELLS.run("spins")).isPositive();
        assertThat(CELLS.run("1 + 1")).isEqualTo(2);
    }

    @Test
    void completenessAndCompletion() {
        assertThat(CELLS.completeness("for (int i = 0; i < 3; i++) {")).isEqualTo("incomplete");
        assertThat(CELLS.completeness("int z = 3;")).isEqualTo("complete");
        assertThat(CELLS.complete("Dangjian.con", 12, new int[1])).contains("connect(");
    }
}
