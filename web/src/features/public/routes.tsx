import type { RouteObject } from 'react-router'
import { RequireAuth } from '../auth/RequireAuth'
import { FeedbackPage } from './FeedbackPage'
import { PosterPage } from './PosterPage'
import { QrIntakePage } from './QrIntakePage'
import { ReceiptPage } from './ReceiptPage'

/**
 * 码上说: the residents' pages need no account (beside /login, outside RequireAuth); the poster
 * page is for signed-in staff and stands alone, so it prints without the desk's frame.
 */
export const publicIntakeRoutes: RouteObject[] = [
  { path: '/q/:code', element: <QrIntakePage /> },
  { path: '/q/:code/done', element: <ReceiptPage /> },
  { path: '/f/:token', element: <FeedbackPage /> },
  { element: <RequireAuth />, children: [{ path: '/org/:id/qr', element: <PosterPage /> }] },
]
