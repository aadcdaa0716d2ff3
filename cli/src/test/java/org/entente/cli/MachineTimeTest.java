package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MachineTimeTest {

    @Test
    void readsStealAndBusyTimeBetweenTwoReadings() {
        MachineTime before = MachineTime.parse("cpu  1000 0 100 5000 0 0 0 0 0 0").orElseThrow();
        // 100 ticks later on all cores: 60 busy, 20 idle, 20 stolen
        MachineTime after = MachineTime.parse("cpu  1050 0 110 5015 5 0 0 20 0 0").orElseThrow();
        assertEquals("steal 20%, cores busy 60%", after.since(before).describe());
        assertEquals(0.2, after.since(before).stealShare(), 1e-9);
    }

    @Test
    void refusesWhatIsNotTheAggregateLine() {
        assertTrue(MachineTime.parse("cpu0 1 2 3 4 5 6 7 8").isEmpty());
        assertTrue(MachineTime.parse("cpu 1 2 3").isEmpty());
        assertTrue(MachineTime.parse("cpu a b c d e f g h").isEmpty());
        assertEquals("steal -, cores busy -", MachineTime.parse("cpu 1 0 0 0 0 0 0 0").orElseThrow()
                .since(MachineTime.parse("cpu 1 0 0 0 0 0 0 0").orElseThrow()).describe());
    }

    @Test
    void theMedianOfPassesIsTheMiddleOne() {
        CascadeBenchCommand.Pass a = pass(3);
        assertEquals(3, CascadeBenchCommand.median(List.of(pass(9), a, pass(1))));
        assertEquals(4, CascadeBenchCommand.median(List.of(pass(5), a)));
    }

    private static CascadeBenchCommand.Pass pass(double seconds) {
        return new CascadeBenchCommand.Pass(seconds, 0, java.util.Map.of(), 0, 0, null);
    }
}
