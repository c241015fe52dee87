import "server-only";
import { graphql } from "@/gql";
import { readAsViewer } from "@/lib/apollo/read";

const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      name
      role
      unreadNotificationCount
      directReports {
        id
      }
    }
  }
`);

/**
 * Who is signed in, and which areas they may open. The layout and pages share this one query;
 * the per-request Apollo cache answers the second call without another round trip.
 */
export async function readViewer() {
  const { me } = await readAsViewer(ViewerQuery);
  return {
    id: me.id,
    name: me.name,
    isHrAdmin: me.role === "HR_ADMIN",
    isManager: me.directReports.length > 0,
    unreadNotifications: me.unreadNotificationCount,
  };
}

export type Viewer = Awaited<ReturnType<typeof readViewer>>;
