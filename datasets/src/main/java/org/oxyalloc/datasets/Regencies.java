package org.oxyalloc.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.oxyalloc.problem.Problem.Location;

/**
 * The kab/kota (regency or city) codes the datasets use, each with its capital town as given in
 * kabkota_capitals_coords_horison.csv: where a hospital without a known point is placed.
 */
final class Regencies {

    static final String FILE = "kabkota_capitals_coords_horison.csv";

    /** A regency, its capital and where the capital is. */
    record Regency(String code, String name, String capital, Location capitalLocation) {
    }

    private record Entry(String name, String province, String capital) {
    }

    /** BPS code -> regency name, and the province and name of its capital in the capitals file. */
    private static final Map<String, Entry> TABLE = new TreeMap<>(Map.ofEntries(
            Map.entry("1801", new Entry("Kab. Lampung Barat", "LAMPUNG", "Liwa")),
            Map.entry("1802", new Entry("Kab. Tanggamus", "LAMPUNG", "Kotaagung")),
            Map.entry("1803", new Entry("Kab. Lampung Selatan", "LAMPUNG", "Kalianda")),
            Map.entry("1804", new Entry("Kab. Lampung Timur", "LAMPUNG", "Sukadana")),
            Map.entry("1805", new Entry("Kab. Lampung Tengah", "LAMPUNG", "Gunungsugih")),
            Map.entry("1806", new Entry("Kab. Lampung Utara", "LAMPUNG", "Kotabumi")),
            Map.entry("1807", new Entry("Kab. Way Kanan", "LAMPUNG", "Blambangan Umpu")),
            Map.entry("1808", new Entry("Kab. Tulang Bawang", "LAMPUNG", "Menggala")),
            Map.entry("1809", new Entry("Kab. Pesawaran", "LAMPUNG", "Gedong Tataan")),
            Map.entry("1810", new Entry("Kab. Pringsewu", "LAMPUNG", "Pringsewu")),
            Map.entry("1811", new Entry("Kab. Mesuji", "LAMPUNG", "Wiraga Mulya")),
            Map.entry("1812", new Entry("Kab. Tulang Bawang Barat", "LAMPUNG", "Panaragan")),
            Map.entry("1813", new Entry("Kab. Pesisir Barat", "LAMPUNG", "Krui")),
            Map.entry("1871", new Entry("Kota Bandar Lampung", "LAMPUNG", "Bandar Lampung")),
            Map.entry("1872", new Entry("Kota Metro", "LAMPUNG", "Metro")),
            Map.entry("3101", new Entry("Kab. Kepulauan Seribu", "DKI JAKARTA", "Kepulauan Seribu")),
            Map.entry("3171", new Entry("Kota Jakarta Selatan", "DKI JAKARTA", "Jakarta Selatan")),
            Map.entry("3172", new Entry("Kota Jakarta Timur", "DKI JAKARTA", "Jakarta Timur")),
            Map.entry("3173", new Entry("Kota Jakarta Pusat", "DKI JAKARTA", "Jakarta Pusat")),
            Map.entry("3174", new Entry("Kota Jakarta Barat", "DKI JAKARTA", "Jakarta Barat")),
            Map.entry("3175", new Entry("Kota Jakarta Utara", "DKI JAKARTA", "Jakarta Utara")),
            Map.entry("3201", new Entry("Kab. Bogor", "JAWA BARAT", "Cibinong")),
            Map.entry("3215", new Entry("Kab. Karawang", "JAWA BARAT", "Karawang")),
            Map.entry("3216", new Entry("Kab. Bekasi", "JAWA BARAT", "Cikarang")),
            Map.entry("3601", new Entry("Kab. Pandeglang", "BANTEN", "Pandeglang")),
            Map.entry("3602", new Entry("Kab. Lebak", "BANTEN", "Rangkasbitung")),
            Map.entry("3603", new Entry("Kab. Tangerang", "BANTEN", "Tigaraksa")),
            Map.entry("3604", new Entry("Kab. Serang", "BANTEN", "Ciruas")),
            Map.entry("3671", new Entry("Kota Tangerang", "BANTEN", "Tangerang")),
            Map.entry("3672", new Entry("Kota Cilegon", "BANTEN", "Cilegon")),
            Map.entry("3673", new Entry("Kota Serang", "BANTEN", "Serang")),
            Map.entry("3674", new Entry("Kota Tangerang Selatan", "BANTEN", "Ciputat"))));

    private static final Map<String, String> PROVINCE_CODES = Map.of(
            "LAMPUNG", "18", "DKI JAKARTA", "31", "JAWA BARAT", "32", "BANTEN", "36");

    private final Map<String, Regency> byCode;

    private Regencies(Map<String, Regency> byCode) {
        this.byCode = byCode;
    }

    static Regencies read(Path dir) throws IOException {
        Map<String, Location> capitals = new HashMap<>();
        for (Csv.Row row : Csv.read(dir.resolve(FILE))) {
            capitals.put(row.text("provinsi") + "|" + row.text("nama"), new Location(row.number("lat"), row.number("lon")));
        }
        Map<String, Regency> byCode = new TreeMap<>();
        TABLE.forEach((code, e) -> {
            Location capital = capitals.get(e.province() + "|" + e.capital());
            if (capital == null) {
                throw new IllegalArgumentException(FILE + ": no capital '" + e.capital() + "' in " + e.province());
            }
            byCode.put(code, new Regency(code, e.name(), e.capital(), capital));
        });
        return new Regencies(byCode);
    }

    /** Two-digit BPS province code of a province name, or null for provinces the datasets do not cover. */
    static String provinceCode(String provinceName) {
        return PROVINCE_CODES.get(provinceName.trim().toUpperCase(Locale.ROOT));
    }

    Regency get(String code) {
        Regency regency = byCode.get(code);
        if (regency == null) {
            throw new IllegalArgumentException("no regency with kab/kota code " + code + " in the datasets' table");
        }
        return regency;
    }

    List<Regency> all() {
        return List.copyOf(byCode.values());
    }
}
