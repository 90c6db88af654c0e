package com.dangjian.samples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import com.dangjian.contracts.config.DataSources;
import com.dangjian.contracts.config.NightConfig;

/**
 * {@code generate --next-night}: the day after the last one generated. The department is rebuilt from the state's
 * arguments and the earlier nights are replayed in memory (everything is a function of the seed), then this night's
 * changes are written: a meetings export with the day's meetings and a few corrected ones, the day's study file,
 * the month's dues file on a month's last day, the next version of the year's evaluations on an issue day, the
 * ledger re-sent whole, and in the registry a few new probationary members, a transfer, members whose probation
 * ends that day and, now and then, an overdue committee finally elected.
 */
public final class NextNight {

    private NextNight() {
    }

    public static void run(Path outDir, String password, PrintStream err) {
        Path out = outDir.toAbsolutePath();
        GeneratorState s = GeneratorState.read(out);
        Progress progress = new Progress(err);
        History h = new History(s.asOf(), s.months());
        Department d = Department.build(new Scale(s.scale()), s.seed(), h);
        int night = s.nights() + 1;
        for (int j = 1; j < night; j++) {
            changes(d, j, null);
        }
        LocalDate day = s.asOf().plusDays(night);
        progress.line("night " + night + " (" + day + ") of the sample in " + out);
        Tally tally = new Tally();
        Dirt dirt = new Dirt(s.dirtRate(), s.seed() + night, false);
        Path inbox = out.resolve("inbox");
        List<String> files = new ArrayList<>();
        Map<String, Integer> registry;
        String url = s.registryUrl() != null ? s.registryUrl() : GenerateOptions.defaultRegistry(out);
        var ds = DataSources.of(new NightConfig.Database(url, s.registryUser(), password), "generator-registry");
        try (DirtManifest manifest = new DirtManifest(out, true)) {
            try {
                registry = changes(d, night, ds);
            } finally {
                DataSources.close(ds);
            }
            int fileIndex = 10_000 + night;
            MeetingExports meetings = new MeetingExports(d, dirt, manifest, tally, inbox, s.meetingSeq(), s.meetingDirtSeq());
            List<MeetingPlan.Planned> held = new ArrayList<>();
            MeetingPlan plan = new MeetingPlan(d);
            for (Org b : d.orgs) {
                for (MeetingPlan.Planned p : plan.month(b, YearMonth.from(day))) {
                    if (p.heldAt().toLocalDate().equals(day)) {
                        held.add(p);
                    }
                }
            }
            files.add(meetings.export(day.atTime(22, 0), held, fileIndex, null, resend(s.correctable(), day)));
            files.add(new StudyFiles(d, dirt, manifest, tally, inbox).write(fileIndex, day, day));
            if (day.equals(YearMonth.from(day).atEndOfMonth())) {
                int k = (int) h.firstMonth().until(YearMonth.from(day), ChronoUnit.MONTHS);
                files.add(new DuesFiles(d, dirt, manifest, tally, inbox).write(k, day, false));
            }
            if (EvaluationWorkbooks.issueDays(day.getYear()).contains(day)) {
                EvaluationWorkbooks ev = new EvaluationWorkbooks(d, dirt, manifest, tally, inbox);
                files.add(ev.write(day.getYear(), ev.nextVersion(day.getYear()), day, fileIndex, false, false));
            }
            // The ledger's defects as on the first night (same seed, same forced ones): see RectificationLedger.write.
            files.add(new RectificationLedger(d, new Dirt(s.dirtRate(), s.seed(), true), manifest, tally, inbox).write(day, fileIndex));
            manifest.close();
            new GeneratorState(s.scale(), s.seed(), s.asOf(), s.months(), s.dirtRate(), s.registryUrl(), s.registryUser(), night,
                    meetings.seq, meetings.dirtSeq(), meetings.correctable).write(out);
        }
        GenerationSummary.addNight(out, night, day.toString(), files, tally.rows(), registry);
        progress.line("night " + night + " written: " + String.join(", ", files) + "; registry " + registry);
    }

    /** Records of the previous export sent again, corrected: minutes now recorded, a newer updated_at. */
    private static List<String> resend(List<String> correctable, LocalDate day) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < correctable.size() && i < 3; i++) {
            String json = correctable.get(i);
            String fixed = json.contains("\"minutes_recorded\":false") ? json.replace("\"minutes_recorded\":false", "\"minutes_recorded\":true")
                    : json.replaceFirst("\"topic\":\"", "\"topic\":\"（补充材料）");
            String stamp = day.atTime(9, 30).plusMinutes(7L * i).format(MeetingExports.ISO);
            out.add(fixed.replaceFirst("\"updated_at\":\"[^\"]*\"", "\"updated_at\":\"" + stamp + "\""));
        }
        return out;
    }

    /**
     * The registry changes of night {@code night}, applied to the model and, when {@code ds} is given, to the
     * database. Returns counts of what changed.
     */
    static Map<String, Integer> changes(Department d, int night, DataSource ds) {
        LocalDate day = d.history.asOf().plusDays(night);
        SplittableRandom r = Rng.stream(d.seed, Rng.NIGHT, night);
        LocalDateTime stamp = day.atTime(18, 0).plusMinutes(night % 60);
        List<Org> open = openBranches(d, day);
        List<Member> admitted = admissions(d, r, day, open);
        Move move = transfer(d, r, day, open);
        List<Member> converted = conversions(d, day);
        Org elected = election(d, night, day);
        if (ds != null) {
            write(d, ds, day, stamp, admitted, move, converted, elected);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("new_members", admitted.size());
        counts.put("transfers", move == null ? 0 : 1);
        counts.put("conversions", converted.size());
        counts.put("elections", elected == null ? 0 : 1);
        return counts;
    }

    /** A member moved between branches tonight, with the member_transfer row of the move. */
    private record Move(Transfer transfer, Member mover) {
    }

    /** The working branches (not the retirees') that exist on {@code day}: where newcomers and transfers go. */
    private static List<Org> openBranches(Department d, LocalDate day) {
        List<Org> open = new ArrayList<>();
        for (Org b : d.branches()) {
            if (b.existsOn(day) && !b.category.equals("RETIREE")) {
                open.add(b);
            }
        }
        return open;
    }

    /** A few new probationary members, each with their PROBATIONARY recruitment event. */
    private static List<Member> admissions(Department d, SplittableRandom r, LocalDate day, List<Org> open) {
        List<Member> admitted = new ArrayList<>();
        int newMembers = 1 + (int) Math.round(d.members.size() * 0.0003 * r.nextDouble() * 2);
        for (int i = 0; i < newMembers && !open.isEmpty(); i++) {
            Org b = open.get(r.nextInt(open.size()));
            Member m = admit(d, r, b, day);
            admitted.add(m);
            d.events.add(new Recruitment.Event(String.format("E%07d", d.events.size() + 1), m.id, b.code, "PROBATIONARY", day));
        }
        return admitted;
    }

    /** A new probationary member of branch {@code b} from {@code day}, added to the department. */
    private static Member admit(Department d, SplittableRandom r, Org b, LocalDate day) {
        char gender = r.nextBoolean() ? 'M' : 'F';
        LocalDate birth = LocalDate.of(day.getYear() - 24 - r.nextInt(12), 1 + r.nextInt(12), 1 + r.nextInt(28));
        Member m = new Member(d.members.size(), Admissions.SURNAMES.charAt(r.nextInt(Admissions.SURNAMES.length())) + ""
                + Admissions.GIVEN.charAt(r.nextInt(Admissions.GIVEN.length())), Admissions.idCard(r, birth, gender),
                gender, birth, day, day.plusYears(1), false, 4000 + r.nextInt(6000), false, 0.4 + 0.8 * r.nextDouble(), 0);
        m.id = String.format("P%07d", m.index + 1);
        int group = b.groups.isEmpty() ? -1 : r.nextInt(b.groups.size());
        m.stints.add(new Member.Stint(b.index, group, Member.day(day), Member.OPEN));
        d.members.add(m);
        d.byId.put(m.id, m);
        b.everMembers.add(m.index);
        return m;
    }

    /**
     * One member (never a secretary or group leader) moved to another open branch of the same organ; null when
     * twenty tries found none.
     */
    private static Move transfer(Department d, SplittableRandom r, LocalDate day, List<Org> open) {
        int dayNo = Member.day(day);
        for (int tries = 0; tries < 20 && open.size() > 1; tries++) {
            Org from = open.get(r.nextInt(open.size()));
            List<Member> roster = d.membersOn(from, dayNo - 1);
            roster.removeIf(m -> m.id.equals(from.secretaryId) || from.groups.stream().anyMatch(g -> m.id.equals(g.leaderId())));
            Org to = open.get(r.nextInt(open.size()));
            if (roster.isEmpty() || to == from || to.organ != from.organ) {
                continue;
            }
            Member mover = roster.get(r.nextInt(roster.size()));
            Member.Stint st = mover.stints.remove(mover.stints.size() - 1);
            mover.stints.add(new Member.Stint(st.org(), st.group(), st.from(), dayNo));
            mover.stints.add(new Member.Stint(to.index, to.groups.isEmpty() ? -1 : r.nextInt(to.groups.size()), dayNo, Member.OPEN));
            if (!to.everMembers.contains(mover.index)) {
                to.everMembers.add(mover.index);
            }
            Transfer transfer = new Transfer(String.format("T%07d", d.transfers.size() + 1), mover.id, from.code, to.code, day);
            d.transfers.add(transfer);
            return new Move(transfer, mover);
        }
        return null;
    }

    /** Members whose probation ends on {@code day} and who are still in a branch. */
    private static List<Member> conversions(Department d, LocalDate day) {
        int dayNo = Member.day(day);
        List<Member> converted = new ArrayList<>();
        for (Member m : d.members) {
            if (day.equals(m.fullDue) && m.orgOn(dayNo) >= 0) {
                converted.add(m);
            }
        }
        return converted;
    }

    /** On every third night, the first overdue committee that draws it is finally elected; null when none is. */
    private static Org election(Department d, int night, LocalDate day) {
        if (night % 3 == 1) {
            for (Org o : d.orgs) {
                if (o.profile == Profile.OVERDUE_ELECTION && o.existsOn(day) && Rng.unit(d.seed, Rng.NIGHT, o.index, night) < 0.5) {
                    return o;
                }
            }
        }
        return null;
    }

    private static void write(Department d, DataSource ds, LocalDate day, LocalDateTime stamp, List<Member> admitted,
                              Move move, List<Member> converted, Org elected) {
        RegistryWriter w = new RegistryWriter(ds, d, new Tally());
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(RegistryWriter.MEMBER_INSERT)) {
                for (Member m : admitted) {
                    w.bindMember(ps, m, day);
                    ps.setObject(12, stamp);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO recruitment_event (event_id, candidate_id, org_code, stage,"
                    + " stage_on, updated_at) VALUES (?,?,?,?,?,?)")) {
                for (Recruitment.Event e : d.events.subList(d.events.size() - admitted.size(), d.events.size())) {
                    ps.setString(1, e.id());
                    ps.setString(2, e.candidateId());
                    ps.setString(3, e.orgCode());
                    ps.setString(4, e.stage());
                    ps.setObject(5, e.stageOn());
                    ps.setObject(6, stamp);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            if (move != null) {
                w.transfers(c, List.of(move.transfer()));
                update(c, "UPDATE party_member SET org_code = ?, group_code = ?, updated_at = ? WHERE member_id = ?",
                        move.transfer().toOrg(), groupCode(d, move.mover(), day), stamp, move.mover().id);
            }
            for (Member m : converted) {
                update(c, "UPDATE party_member SET full_member_on = ?, status = 'FULL', updated_at = ? WHERE member_id = ?",
                        day, stamp, m.id);
            }
            if (elected != null) {
                update(c, "UPDATE org_unit SET committee_elected_on = ?, updated_at = ? WHERE org_code = ?", day, stamp, elected.code);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the registry for " + day + ": " + e.getMessage(), e);
        }
    }

    private static String groupCode(Department d, Member m, LocalDate day) {
        int g = m.groupOn(Member.day(day));
        Org o = d.orgs.get(m.orgOn(Member.day(day)));
        return g < 0 ? null : o.groups.get(g).code();
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }
}
