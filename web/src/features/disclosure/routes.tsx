import type { RouteObject } from 'react-router'
import { DisclosureEntryPage } from './DisclosureEntryPage'
import { DisclosurePage } from './DisclosurePage'
import { DisclosureVillagePage } from './DisclosureVillagePage'
import { PhoneDisclosurePage } from './PhoneDisclosurePage'

/** 财务公开's desk pages (children of the desk layout). */
export const disclosureDeskRoutes: RouteObject[] = [
  { path: 'disclosure', element: <DisclosureEntryPage /> },
  { path: 'disclosure/:villageId', element: <DisclosureVillagePage /> },
  { path: 'disclosure/:villageId/:id', element: <DisclosurePage /> },
]

/** A collective member's phone pages (children of /m). */
export const disclosurePhoneRoutes: RouteObject[] = [
  { path: 'disclosure', element: <PhoneDisclosurePage /> },
  { path: 'disclosure/:villageId', element: <DisclosureVillagePage phone /> },
  { path: 'disclosure/:villageId/:id', element: <DisclosurePage phone /> },
]
