import type { RouteObject } from 'react-router'
import { PlanFormPage } from './PlanFormPage'
import { PlanPage } from './PlanPage'
import { PlansPage } from './PlansPage'
import { PropertyFilePage } from './PropertyFilePage'
import { PropertyListPage } from './PropertyListPage'
import { PropertyPage } from './PropertyPage'

/** 红管家's desk pages (children of the desk layout). */
export const propertyDeskRoutes: RouteObject[] = [
  { path: 'property', element: <PropertyListPage /> },
  { path: 'property/new', element: <PropertyFilePage /> },
  { path: 'property/plans', element: <PlansPage /> },
  { path: 'property/plans/new', element: <PlanFormPage /> },
  { path: 'property/plans/:id', element: <PlanPage /> },
  { path: 'property/:id', element: <PropertyPage /> },
]

/** The butler's lists and orders on the phone (children of the phone layout). */
export const propertyPhoneRoutes: RouteObject[] = [
  { path: 'property', element: <PropertyListPage /> },
  { path: 'property/new', element: <PropertyFilePage /> },
  { path: 'property/:id', element: <PropertyPage /> },
]
