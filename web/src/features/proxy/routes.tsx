import type { RouteObject } from 'react-router'
import { PublicProxyPage } from './PublicProxyPage'

/** 红代办: the resident's page behind the hand-over text message needs no account (beside /login). */
export const publicProxyRoutes: RouteObject[] = [{ path: '/c/:token', element: <PublicProxyPage /> }]
