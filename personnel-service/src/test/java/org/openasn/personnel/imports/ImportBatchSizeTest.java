package org.openasn.personnel.imports;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImportBatchSizeTest {

    @ParameterizedTest(name = "after {0} rows of {1} bytes read in a file of {2} bytes: {3} then {4}")
    @CsvSource({
            // a file of 4,000 rows of 1,000 bytes: a twentieth is 200 rows, then steady
            "125, 125000, 4000000, 125, 200",
            "325, 325000, 4000000, 200, 200",
            // a file of 1,500 rows: a twentieth (75) is below the first batch, which stays
            "125, 125000, 1500000, 125, 125",
            // a file of 1,000,000 rows: doubling up to BATCH
            "125, 125000, 1000000000, 125, 250",
            "375, 375000, 1000000000, 250, 500",
            "875, 875000, 1000000000, 500, 500",
            // nothing read yet (cannot happen after a batch, but no division by zero)
            "0, 0, 1000, 125, 125",
    })
    void shouldDoubleUpToTheFullBatchOrATwentiethOfTheFile(long rowsRead, long bytesRead, long fileSize, int batchSize, int next) {
        assertEquals(next, ImportRunner.nextBatchSize(batchSize, rowsRead, bytesRead, fileSize));
    }
}
