package org.openasn.infra.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@code ./stack up} prints once everything is healthy: where each API and its documentation are, and how to call them. */
public final class StackSummary {

    /** The line printed last when the stack is ready; scripts and tests wait for it. */
    public static final String READY = "STACK READY";
    /** The line printed when everything has stopped. */
    public static final String STOPPED = "STACK STOPPED";

    private StackSummary() {
    }

    /**
     * @param stackCommand how the user runs the script, such as {@code ./stack}
     * @param defaultData  whether the data directory is the default one (then token commands need no {@code --data-dir})
     */
    public static String render(StackOptions options, String stackCommand, boolean defaultData, String postgresPasswordFile) {
        StackPorts ports = options.ports();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"service", "URL", "Swagger UI", "OpenAPI", "health"});
        for (StackService service : StackService.values()) {
            String url = "http://127.0.0.1:" + ports.of(service);
            rows.add(new String[]{service.serviceName(), url, url + "/q/swagger-ui", url + "/q/openapi", url + "/q/health"});
        }
        String dataDirOption = defaultData ? "" : " --data-dir " + quote(options.dataDir().toString());
        String personnel = "http://127.0.0.1:" + ports.personnel();
        StringBuilder out = new StringBuilder();
        out.append('\n');
        for (String line : table(rows)) {
            out.append("  ").append(line).append('\n');
        }
        out.append('\n');
        out.append("  PostgreSQL  127.0.0.1:").append(ports.postgres()).append("  databases personnel, retirement, reporting;")
                .append(" user asn, password in ").append(postgresPasswordFile).append('\n');
        out.append("              e.g. jdbc:postgresql://127.0.0.1:").append(ports.postgres()).append("/personnel\n");
        out.append("  Kafka       127.0.0.1:").append(ports.kafka()).append("  topics personnel.events, retirement.events, <group>.dlt\n");
        out.append('\n');
        out.append("  Token:  ").append(stackCommand).append(" token admin").append(dataDirOption)
                .append("    (roles: admin, operator --agency CODE, viewer, integration, self --nip NIP)\n");
        out.append("  Try:    curl -H \"Authorization: Bearer $(").append(stackCommand).append(" token admin").append(dataDirOption)
                .append(")\" ").append(personnel).append("/admin/events/outbox\n");
        out.append("  Data:   ").append(options.dataDir()).append("  (kept between runs; ").append(stackCommand)
                .append(" up --reset").append(dataDirOption).append(" starts afresh)\n");
        out.append("  Logs:   ").append(options.dataDir().resolve("logs")).append('\n');
        out.append("  Stop:   Ctrl-C\n");
        out.append(READY).append('\n');
        return out.toString();
    }

    /** How to call the script from {@code workingDir}: {@code ./stack} in the repository root, else its absolute path. */
    public static String stackCommand(Path repoRoot, Path workingDir) {
        Path script = repoRoot.toAbsolutePath().normalize().resolve("stack");
        return workingDir.toAbsolutePath().normalize().equals(repoRoot.toAbsolutePath().normalize()) ? "./stack" : quote(script.toString());
    }

    static List<String> table(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(row[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Quotes for a POSIX shell when needed. */
    static String quote(String text) {
        return text.matches("[A-Za-z0-9_./:=@%+-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
