package com.dangjian.portal.access;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request's path inside the site, classified by what it shows: the department-wide pages and assets (they name no
 * member), an organisation's page (served with member-level detail to those who may see it), or an organisation's
 * member-level page or workbook. Anything that is not a plain file name of the site's own kinds is no site path at all.
 */
public record SitePath(String relative, Kind kind, String org) {

    public enum Kind {
        /** Overview, rankings, matrix, trends, alarms list, data, methodology, print, reports, assets, department-wide exports. */
        DEPARTMENT,
        /** org/CODE.html: the organisation's page; with member-level detail when the viewer may see it. */
        ORGANISATION,
        /** org/CODE.members.html or exports/org/CODE.xlsx: member-level detail only. */
        MEMBERS
    }

    /** One path segment: letters, digits, '.', '_' and '-', never starting with a dot (no hidden files, no ".."). */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Pattern EXTENSION = Pattern.compile(".*\\.(html|js|css|json|xlsx|txt|png|svg)");
    private static final Pattern ORG_PAGE = Pattern.compile("org/([A-Za-z0-9_-]+)\\.html");
    private static final Pattern ORG_SCRIPT = Pattern.compile("org/([A-Za-z0-9_-]+)\\.js");
    private static final Pattern MEMBER_PAGE = Pattern.compile("org/([A-Za-z0-9_-]+)\\.members\\.html");
    private static final Pattern MEMBER_EXPORT = Pattern.compile("exports/org/([A-Za-z0-9_-]+)\\.xlsx");
    private static final Pattern DEPARTMENT_FILE = Pattern.compile(
            "[a-z]+\\.html|assets/[A-Za-z0-9._-]+|assets/pages/[a-z]+\\.js|reports/night-[0-9-]+\\.(json|txt)|exports/[a-z]+\\.xlsx");

    /** The path classified, or null when it is not one of the site's files (a 404, whatever exists on disk). */
    public static SitePath of(String requestPath) {
        String p = requestPath.startsWith("/") ? requestPath.substring(1) : requestPath;
        if (p.isEmpty() || !EXTENSION.matcher(p).matches()) {
            return null;
        }
        for (String segment : p.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                return null;
            }
        }
        Matcher m;
        if ((m = MEMBER_PAGE.matcher(p)).matches() || (m = MEMBER_EXPORT.matcher(p)).matches()) {
            return new SitePath(p, Kind.MEMBERS, m.group(1));
        }
        if ((m = ORG_PAGE.matcher(p)).matches()) {
            return new SitePath(p, Kind.ORGANISATION, m.group(1));
        }
        if (ORG_SCRIPT.matcher(p).matches() || DEPARTMENT_FILE.matcher(p).matches()) {
            return new SitePath(p, Kind.DEPARTMENT, null);
        }
        return null;
    }

    /** The member-level page of an organisation page's path. */
    public String membersVersion() {
        return "org/" + org + ".members.html";
    }
}
