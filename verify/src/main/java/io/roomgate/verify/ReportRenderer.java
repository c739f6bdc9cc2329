package io.roomgate.verify;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The report as a terminal table, as JSON for CI, and as Markdown for a change ticket. */
public enum ReportRenderer {
    TABLE {
        @Override
        public String render(Report report) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"MAILBOX", "KIND", "GRAPH READ", "GRAPH WRITE", "ADMIN TEST", "STATUS"});
            for (TargetResult result : report.results()) {
                rows.add(cells(result));
            }
            int[] widths = new int[rows.get(0).length];
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
            var out = new StringBuilder();
            out.append(title(report)).append("\n\n");
            for (String[] row : rows) {
                var line = new StringBuilder();
                for (int i = 0; i < row.length; i++) {
                    line.append(i == row.length - 1 ? row[i] : pad(row[i], widths[i] + 2));
                }
                out.append(line.toString().stripTrailing()).append('\n');
            }
            appendFindings(out, report, "", "  - ");
            out.append('\n').append(report.verdict().headline()).append('\n');
            return out.toString();
        }
    },
    JSON {
        @Override
        public String render(Report report) {
            var root = new JsonObject();
            root.addProperty("verdict", report.verdict().name().toLowerCase(Locale.ROOT));
            root.addProperty("exitCode", report.verdict().exitCode());
            root.addProperty("headline", report.verdict().headline());
            root.addProperty("checkedAt", report.checkedAt().toString());
            root.addProperty("tenantId", report.tenantId());
            root.addProperty("clientId", report.clientId());
            if (report.serviceAccount() != null) {
                root.addProperty("serviceAccount", report.serviceAccount());
            }
            root.addProperty("accessModel", report.accessModel().outputValue());
            root.addProperty("adminTest", report.accessModel().adminTest());
            root.addProperty("writeProbed", report.writeProbed());
            root.addProperty("rounds", report.rounds());
            report.expectedWait().ifPresent(wait -> root.addProperty("expectedWait", wait));
            var summary = new JsonObject();
            for (Status status : Status.values()) {
                summary.addProperty(camel(status.name()), report.count(status));
            }
            root.add("summary", summary);
            root.add("breaches", strings(report.breaches()));
            root.add("notChecked", strings(report.notChecked()));
            root.add("warnings", strings(report.warnings()));
            root.add("uncoveredRooms", strings(report.uncoveredRooms()));
            var mailboxes = new JsonArray();
            for (TargetResult result : report.results()) {
                var mailbox = new JsonObject();
                mailbox.addProperty("address", result.target().address());
                mailbox.addProperty("kind", result.target().kind().name().toLowerCase(Locale.ROOT));
                mailbox.addProperty("status", camel(result.status().name()));
                mailbox.add("graphRead", probe(result.graphRead()));
                mailbox.add("graphWrite", probe(result.graphWrite()));
                mailbox.add("adminRead", probe(result.admin().read()));
                mailbox.add("adminWrite", probe(result.admin().write()));
                mailbox.addProperty("explanation", result.explanation());
                mailboxes.add(mailbox);
            }
            root.add("mailboxes", mailboxes);
            return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
        }
    },
    MARKDOWN {
        @Override
        public String render(Report report) {
            var out = new StringBuilder();
            out.append("# roomgate verify: ").append(report.verdict().name()).append("\n\n");
            out.append("**").append(report.verdict().headline()).append("**\n\n");
            out.append("| | |\n|---|---|\n");
            out.append("| Tenant | `").append(report.tenantId()).append("` |\n");
            if (report.serviceAccount() != null) {
                out.append("| Service account | `").append(report.serviceAccount()).append("` |\n");
            } else {
                out.append("| App (client id) | `").append(report.clientId()).append("` |\n");
            }
            out.append("| Access model | ").append(report.accessModel().outputValue()).append(" (admin test: ")
                    .append(report.accessModel().adminTest()).append(") |\n");
            out.append("| Checked at | ").append(report.checkedAt()).append(" |\n");
            out.append("| Rounds | ").append(report.rounds()).append(" |\n\n");
            out.append("| Mailbox | Kind | Graph read | Graph write | Admin test | Status |\n");
            out.append("|---|---|---|---|---|---|\n");
            for (TargetResult result : report.results()) {
                out.append("| ").append(String.join(" | ", escaped(cells(result)))).append(" |\n");
            }
            appendFindings(out, report, "## ", "- ");
            return out.toString();
        }
    };

    /** The report in this form, ending with a newline. */
    public abstract String render(Report report);

    static String title(Report report) {
        String subject = report.serviceAccount() != null ? "service account " + report.serviceAccount()
                : "app " + report.clientId();
        return "roomgate verify: tenant " + report.tenantId() + ", " + subject + ", access model "
                + report.accessModel().outputValue() + (report.writeProbed() ? ", read and write" : ", read only")
                + (report.rounds() > 1 ? ", " + report.rounds() + " rounds" : "");
    }

    static String[] cells(TargetResult result) {
        return new String[] {result.target().address(), result.target().isCanary() ? "canary" : "room",
                cell(result.graphRead()), cell(result.graphWrite()), adminCell(result), result.status().name()};
    }

    private static String cell(ProbeResult probe) {
        return switch (probe.outcome()) {
            case ALLOWED -> "allowed";
            case DENIED -> "denied";
            case NOT_FOUND -> "not found";
            case FAILED -> "FAILED";
            case SKIPPED -> "-";
        };
    }

    private static String adminCell(TargetResult result) {
        AdminResult admin = result.admin();
        if (result.graphWrite().is(Outcome.SKIPPED) || admin.read().outcome() == admin.write().outcome()) {
            return adminWord(admin.read());
        }
        return "read " + adminWord(admin.read()) + ", write " + adminWord(admin.write());
    }

    private static String adminWord(ProbeResult probe) {
        return switch (probe.outcome()) {
            case ALLOWED -> "granted";
            case DENIED -> "denied";
            case NOT_FOUND -> "not found";
            case FAILED -> "FAILED";
            case SKIPPED -> "-";
        };
    }

    private static void appendFindings(StringBuilder out, Report report, String heading, String bullet) {
        section(out, heading, bullet, "Breaches", report.breaches());
        var explained = report.results().stream().filter(result -> result.status() != Status.OK)
                .map(result -> result.target().address() + " [" + result.status() + "]: " + result.explanation())
                .toList();
        section(out, heading, bullet, "Needs attention", explained);
        section(out, heading, bullet, "Not checked", report.notChecked());
        report.expectedWait().ifPresent(wait -> section(out, heading, bullet, "Pending", List.of(
                "Exchange applies this access model's changes to Microsoft Graph after " + wait
                        + "; run verify again later, or with --wait 2h to poll until then.")));
        section(out, heading, bullet, "Warnings", report.warnings());
    }

    private static void section(StringBuilder out, String heading, String bullet, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append('\n').append(heading).append(title).append(heading.isEmpty() ? ":" : "").append('\n');
        if (!heading.isEmpty()) {
            out.append('\n');
        }
        lines.forEach(line -> out.append(bullet).append(line).append('\n'));
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String[] escaped(String[] cells) {
        String[] escaped = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            escaped[i] = cells[i].replace("|", "\\|");
        }
        return escaped;
    }

    private static JsonObject probe(ProbeResult probe) {
        var json = new JsonObject();
        json.addProperty("outcome", camel(probe.outcome().name()));
        json.addProperty("detail", probe.detail());
        return json;
    }

    private static JsonArray strings(List<String> values) {
        var array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    /** NOT_COVERED → notCovered. */
    private static String camel(String constant) {
        String[] words = constant.toLowerCase(Locale.ROOT).split("_");
        var out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return out.toString();
    }
}
