package com.dangjian.portal.access;

import com.dangjian.contracts.portal.OrganisationTree;
import com.dangjian.contracts.portal.Role;

/**
 * Who may see what, from the organisation tree of the latest night. LEADERSHIP: everything. A SECRETARY: the
 * department-wide pages, every organisation's page without member-level detail, and member-level detail of their
 * own organisation and every organisation below it.
 */
public final class SiteAccess {

    private SiteAccess() {
    }

    /** What to do with a request: serve the file asked for, serve another one instead, or refuse with a reason. */
    public record Decision(boolean allowed, String file, boolean memberLevel, String reason) {

        static Decision serve(String file, boolean memberLevel) {
            return new Decision(true, file, memberLevel, null);
        }

        static Decision refuse(String reason) {
            return new Decision(false, null, true, reason);
        }
    }

    public static boolean mayOpenMembers(Viewer viewer, String org, OrganisationTree tree) {
        return viewer.role() == Role.LEADERSHIP || viewer.role() == Role.SECRETARY && tree.isWithin(org, viewer.org());
    }

    /**
     * @param membersVersionExists whether the site has the organisation's member-level page (an organisation page
     *                             is then served with it to those who may see it)
     */
    public static Decision decide(Viewer viewer, SitePath path, OrganisationTree tree, boolean membersVersionExists) {
        return switch (path.kind()) {
            case DEPARTMENT -> Decision.serve(path.relative(), false);
            case ORGANISATION -> membersVersionExists && mayOpenMembers(viewer, path.org(), tree)
                    ? Decision.serve(path.membersVersion(), true) : Decision.serve(path.relative(), false);
            case MEMBERS -> mayOpenMembers(viewer, path.org(), tree) ? Decision.serve(path.relative(), true)
                    : Decision.refuse(reason(viewer, path.org(), tree));
        };
    }

    private static String reason(Viewer viewer, String org, OrganisationTree tree) {
        OrganisationTree.Organisation target = tree.get(org);
        String named = target == null ? org : target.name() + "（" + org + "）";
        if (viewer.org() == null || tree.get(viewer.org()) == null) {
            return "党员明细只向本组织及上级组织的书记和党委领导开放；您的账户未对应最近一次夜间计算中的党组织"
                    + (viewer.org() == null ? "" : "（" + viewer.org() + "）") + "，请联系管理员核对。";
        }
        return named + "不在您所负责的" + tree.get(viewer.org()).name() + "（" + viewer.org()
                + "）及其下级组织之内：党员明细只向本组织及上级组织的书记和党委领导开放。您仍可查看该组织不含党员明细的页面。";
    }
}
