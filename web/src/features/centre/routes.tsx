import type { RouteObject } from 'react-router'
import { ActivityPage } from './ActivityPage'
import { CentreFiguresPage } from './CentreFiguresPage'
import { CentrePage } from './CentrePage'

/** The community service centre's desk pages (children of the desk layout). */
export const centreDeskRoutes: RouteObject[] = [
  { path: 'centre', element: <CentrePage /> },
  { path: 'centre/figures', element: <CentreFiguresPage /> },
  { path: 'centre/activities/:id', element: <ActivityPage /> },
]
