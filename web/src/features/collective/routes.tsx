import type { RouteObject } from 'react-router'
import { DecisionsPage } from './DecisionsPage'
import { DistributionsPage } from './DistributionsPage'
import { MembersPage } from './MembersPage'
import { SharesPage } from './SharesPage'

/** 集体经济组织: the village's members, decisions, shares and distribution (children of the books' layout). */
export const collectiveBookRoutes: RouteObject[] = [
  { path: 'collective/members', element: <MembersPage /> },
  { path: 'collective/decisions', element: <DecisionsPage /> },
  { path: 'collective/shares', element: <SharesPage /> },
  { path: 'collective/distributions', element: <DistributionsPage /> },
]
