import type { RouteObject } from 'react-router'
import { MemberRecordPage } from './MemberRecordPage'
import { PartyFiguresPage } from './PartyFiguresPage'
import { PartyPage } from './PartyPage'
import { PhonePartyPage } from './PhonePartyPage'

/** 党员报到's desk pages (children of the desk layout). */
export const partyDeskRoutes: RouteObject[] = [
  { path: 'party', element: <PartyPage /> },
  { path: 'party/figures', element: <PartyFiguresPage /> },
  { path: 'party/members/:id', element: <MemberRecordPage /> },
]

/** A party member's phone pages (children of /m). */
export const partyPhoneRoutes: RouteObject[] = [
  { path: 'party', element: <PhonePartyPage /> },
  { path: 'party/members/:id', element: <MemberRecordPage /> },
]
