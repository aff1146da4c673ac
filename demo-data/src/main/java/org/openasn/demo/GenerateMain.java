package org.openasn.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Command line:
 * <pre>
 * java -cp demo-data.jar:asn-reference.jar org.openasn.demo.GenerateMain city --out FILE [--seed N]
 *      [--retirements FILE [--year YYYY]]
 * java -cp demo-data.jar:asn-reference.jar org.openasn.demo.GenerateMain national --rows N --agencies M
 *      --out FILE [--seed N]
 * </pre>
 * Prints the rows written and the elapsed time. {@code --retirements} also writes the city's expected BUP
 * retirements of a year (2026 by default) as CSV.
 */
public final class GenerateMain {

    private GenerateMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            usage(null);
            return;
        }
        String mode = args[0];
        Path out = null;
        Path retirements = null;
        long seed = 1;
        long rows = -1;
        int agencies = -1;
        int year = 2026;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                usage("missing value after " + a);
                return;
            }
            String v = args[++i];
            switch (a) {
                case "--out": out = Path.of(v); break;
                case "--seed": seed = Long.parseLong(v); break;
                case "--rows": rows = Long.parseLong(v.replace("_", "")); break;
                case "--agencies": agencies = Integer.parseInt(v); break;
                case "--retirements": retirements = Path.of(v); break;
                case "--year": year = Integer.parseInt(v); break;
                default: usage("unknown option " + a); return;
            }
        }
        if (out == null) {
            usage("--out is required");
            return;
        }
        long start = System.nanoTime();
        long written;
        switch (mode) {
            case "city": {
                CityDataset city = CityDataset.generate(seed);
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                    written = city.writeCsv(o);
                }
                if (retirements != null) {
                    List<Retirement> list = city.retirementsIn(year);
                    try (Writer w = new OutputStreamWriter(Files.newOutputStream(retirements), StandardCharsets.UTF_8)) {
                        Retirement.writeCsv(list, w);
                    }
                    System.out.println("expected BUP retirements in " + year + ": " + list.size() + " -> " + retirements);
                }
                break;
            }
            case "national": {
                if (rows < 0 || agencies < 1) {
                    usage("national needs --rows N and --agencies M");
                    return;
                }
                NationalDataset national = NationalDataset.of(rows, agencies, seed);
                NationalDataset.Summary summary;
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                    summary = national.writeCsv(o);
                }
                written = summary.rows();
                System.out.println("PNS " + summary.pns() + " (CPNS " + summary.cpns() + "), PPPK " + summary.pppk()
                        + ", agencies " + agencies);
                break;
            }
            default:
                usage("unknown mode " + mode);
                return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println("rows written: " + written + " -> " + out);
        System.out.println(String.format(Locale.ROOT, "elapsed: %.2f s (%.0f rows/s)", seconds, written / seconds));
    }

    private static void usage(String problem) {
        if (problem != null) {
            System.err.println(problem);
        }
        System.err.println("usage: GenerateMain city --out FILE [--seed N] [--retirements FILE [--year YYYY]]");
        System.err.println("       GenerateMain national --rows N --agencies M --out FILE [--seed N]");
        if (problem != null) {
            System.exit(2);
        }
    }
}
