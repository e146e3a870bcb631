import type { RouteObject } from 'react-router'
import { ConsultFiguresPage } from './ConsultFiguresPage'
import { ConsultListPage } from './ConsultListPage'
import { ConsultNewPage } from './ConsultNewPage'
import { ConsultPage } from './ConsultPage'
import { PublicDecisionsPage } from './PublicDecisionsPage'

/** 协商议事's desk pages (children of the desk layout). */
export const consultDeskRoutes: RouteObject[] = [
  { path: 'consultations', element: <ConsultListPage /> },
  { path: 'consultations/new', element: <ConsultNewPage /> },
  { path: 'consultations/figures', element: <ConsultFiguresPage /> },
  { path: 'consultations/:id', element: <ConsultPage /> },
]

/** The decisions that concern a building, for its residents with no account (beside 码上说). */
export const publicConsultRoutes: RouteObject[] = [
  { path: '/q/:code/decisions', element: <PublicDecisionsPage /> },
]
