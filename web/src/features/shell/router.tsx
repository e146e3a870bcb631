import { createBrowserRouter } from 'react-router'
import { LoginPage } from '../auth/LoginPage'
import { RequireAuth } from '../auth/RequireAuth'
import { OrgNodePage } from '../org/OrgNodePage'
import { DeskLayout } from './DeskLayout'
import { HomePage } from './HomePage'
import { NotFoundPage } from './NotFoundPage'
import { PhoneHomePage } from './PhoneHomePage'
import { PhoneLayout } from './PhoneLayout'
import { PhoneMePage } from './PhoneMePage'
import { RouteError } from './RouteError'

export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteError />,
      children: [
        { path: '/login', element: <LoginPage /> },
        {
          element: <RequireAuth />,
          children: [
            {
              path: '/m',
              element: <PhoneLayout />,
              children: [
                { index: true, element: <PhoneHomePage /> },
                { path: 'me', element: <PhoneMePage /> },
                { path: '*', element: <NotFoundPage home="/m" /> },
              ],
            },
            {
              element: <DeskLayout />,
              children: [
                { index: true, element: <HomePage /> },
                { path: 'org/:id', element: <OrgNodePage /> },
                { path: '*', element: <NotFoundPage /> },
              ],
            },
          ],
        },
      ],
    },
  ])
}
