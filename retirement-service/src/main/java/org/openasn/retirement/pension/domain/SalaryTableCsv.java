package org.openasn.retirement.pension.domain;

import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.rank.Golongan;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a gaji pokok table in the layout of {@code docs/domain/gaji-pokok-pns-pp-5-2024.csv}: a header
 * {@code golongan_id,golongan,mkg,gaji_pokok}, then one step per line, such as {@code 31,III/a,0,2785700} (SIASN
 * golongan id, its code, masa kerja golongan in years, gaji pokok in rupiah). Every bad line is reported with its
 * number; the id and the code of a line must name the same golongan.
 */
public final class SalaryTableCsv {

    /** The header the file must start with. */
    public static final String HEADER = "golongan_id,golongan,mkg,gaji_pokok";

    /** The steps read, and each problem with its line number (empty when the file is good). */
    public record Result(List<SalaryTable.Entry> entries, List<String> problems) {
    }

    private SalaryTableCsv() {
    }

    public static Result read(String text) {
        List<SalaryTable.Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = (text == null ? "" : text.replace("\uFEFF", "")).split("\r?\n");
        if (lines.length == 0 || !lines[0].strip().equalsIgnoreCase(HEADER)) {
            problems.add("line 1: the header must be '" + HEADER + "'");
            return new Result(entries, problems);
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int number = i + 1;
            String[] cells = line.split(",", -1);
            if (cells.length != 4) {
                problems.add("line " + number + ": expected 4 fields, found " + cells.length);
                continue;
            }
            try {
                Golongan byId = Golongan.fromSiasnId(Golongan.Kind.PNS, cells[0].strip());
                Golongan byCode = Golongan.parse(cells[1].strip());
                if (byId != byCode) {
                    problems.add("line " + number + ": golongan id " + cells[0].strip() + " is " + byId.code() + ", not " + cells[1].strip());
                    continue;
                }
                entries.add(new SalaryTable.Entry(byId, Integer.parseInt(cells[2].strip()), Long.parseLong(cells[3].strip())));
            } catch (InvalidReferenceException e) {
                problems.add("line " + number + ": " + e.getMessage());
            } catch (NumberFormatException e) {
                problems.add("line " + number + ": mkg and gaji_pokok must be whole numbers");
            }
        }
        if (problems.isEmpty()) {
            SalaryTable.problems(entries).forEach(problems::add);
        }
        return new Result(entries, problems);
    }
}
