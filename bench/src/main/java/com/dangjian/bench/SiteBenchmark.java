package com.dangjian.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;

import com.dangjian.contracts.gold.GoldTables;
import com.dangjian.contracts.lake.Lake;
import com.dangjian.contracts.rules.RuleCatalogue;
import com.dangjian.dashboards.GoldSnapshot;
import com.dangjian.dashboards.Messages;
import com.dangjian.dashboards.NightStatus;
import com.dangjian.dashboards.SiteGenerator;
import com.dangjian.warehouse.read.LakeReadSide;

/**
 * The dashboards stage alone on a lake a night wrote (its gold read through the lake's read side): the seconds to
 * read the gold snapshot and to write the site, three times in one JVM (the first is what a night pays; the others
 * show how much of it is warm-up), each part's seconds, and the site's files and bytes.
 *
 * Usage: SiteBenchmark LAKE SITE_DIR AS_OF [RUNS]   (RUNS 3 unless given)
 */
public final class SiteBenchmark {

    private SiteBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Lake lake = new Lake(Path.of(args[0]));
        Path site = Path.of(args[1]);
        LocalDate asOf = LocalDate.parse(args[2]);
        RuleCatalogue catalogue = RuleCatalogue.defaults();
        SiteGenerator generator = new SiteGenerator(Messages.chinese().withRules(catalogue));
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        for (int run = 1; run <= runs; run++) {
            long t0 = System.nanoTime();
            GoldSnapshot gold;
            try (LakeReadSide readSide = new LakeReadSide(lake, GoldTables.names())) {
                gold = GoldSnapshot.read(readSide, asOf);
            }
            long t1 = System.nanoTime();
            generator.generate(gold, site, catalogue, NightStatus.none());
            long t2 = System.nanoTime();
            long[] size = size(site);
            System.out.printf(Locale.ROOT, "run %d: read gold %.1f s, write site %.1f s (%,d files, %,d MB)%n", run,
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, size[0], size[1] >> 20);
            StringBuilder parts = new StringBuilder("  ");
            generator.seconds().forEach((part, s) -> parts.append(String.format(Locale.ROOT, "%s %.1f · ", part, s)));
            System.out.println(parts.substring(0, parts.length() - 3));
        }
    }

    private static long[] size(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            long[] out = new long[2];
            files.filter(Files::isRegularFile).forEach(f -> {
                out[0]++;
                out[1] += f.toFile().length();
            });
            return out;
        }
    }
}
