package org.oxyalloc.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Daily LOX supply by producer cluster and medical need by province, 15 July 2021 (t/day). */
record SupplyNeed(String region, String supplyTonsPerDay, String suppliers, String needTonsPerDay) {

    static final String FILE = "province_oxygen_supply_need_20210715.csv";

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)");

    static List<SupplyNeed> read(Path dir) throws IOException {
        return Csv.read(dir.resolve(FILE)).stream()
                .map(r -> new SupplyNeed(r.text("region"), r.text("supply_t_per_day"), r.text("suppliers"), r.text("need_t_per_day")))
                .toList();
    }

    static SupplyNeed of(List<SupplyNeed> rows, String region) {
        return rows.stream().filter(r -> r.region().equals(region)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(FILE + ": no region '" + region + "'"));
    }

    double need() {
        return leadingNumber(needTonsPerDay, "need");
    }

    /**
     * One producer's output in the cluster: "Linde 230 + Air Liquide 190" lists each producer with its t/day;
     * a single name ("Samator") has the whole cluster supply.
     */
    double outputOf(String producer) {
        if (suppliers.equals(producer)) {
            return leadingNumber(supplyTonsPerDay, "supply");
        }
        for (String part : suppliers.split("\\+")) {
            String trimmed = part.trim();
            if (trimmed.startsWith(producer + " ")) {
                return leadingNumber(trimmed.substring(producer.length()), producer);
            }
        }
        throw new IllegalArgumentException(FILE + ": region '" + region + "' lists no producer '" + producer + "'");
    }

    private double leadingNumber(String text, String what) {
        Matcher m = LEADING_NUMBER.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException(FILE + ": region '" + region + "' has no number for " + what + ": '" + text + "'");
        }
        return Double.parseDouble(m.group(1));
    }
}
