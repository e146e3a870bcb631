import { createBrowserRouter } from 'react-router'
import { LoginPage } from '../auth/LoginPage'
import { RequireAuth } from '../auth/RequireAuth'
import { booksDeskRoutes } from '../books/routes'
import { estateDeskRoutes } from '../estate/routes'
import { centreDeskRoutes } from '../centre/routes'
import { consultDeskRoutes, publicConsultRoutes } from '../consult/routes'
import { disclosureDeskRoutes, disclosurePhoneRoutes } from '../disclosure/routes'
import { partyDeskRoutes, partyPhoneRoutes } from '../party/routes'
import { FiguresPage } from '../figures/FiguresPage'
import { OrgNodePage } from '../org/OrgNodePage'
import { HouseholdPage } from '../registry/HouseholdPage'
import { ImportPage } from '../registry/ImportPage'
import { PersonPage } from '../registry/PersonPage'
import { PhoneSearchPage } from '../registry/PhoneSearchPage'
import { SearchPage } from '../registry/SearchPage'
import { InboxPage } from '../requests/InboxPage'
import { IntakePage } from '../requests/IntakePage'
import { ItemPage } from '../requests/ItemPage'
import { PhoneInboxPage } from '../requests/PhoneInboxPage'
import { ProxyFiguresPage } from '../proxy/ProxyFiguresPage'
import { ProxyFilePage } from '../proxy/ProxyFilePage'
import { ProxyListPage } from '../proxy/ProxyListPage'
import { ProxyPage } from '../proxy/ProxyPage'
import { publicProxyRoutes } from '../proxy/routes'
import { propertyDeskRoutes, propertyPhoneRoutes } from '../property/routes'
import { publicIntakeRoutes } from '../public/routes'
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
        // 码上说: residents' pages with no sign-in (and the staff's printable poster).
        ...publicIntakeRoutes,
        // 红代办: the resident's page from the hand-over text message.
        ...publicProxyRoutes,
        // 协商议事: the decisions that concern a building, for its residents.
        ...publicConsultRoutes,
        {
          element: <RequireAuth />,
          children: [
            {
              path: '/m',
              element: <PhoneLayout />,
              children: [
                { index: true, element: <PhoneHomePage /> },
                { path: 'me', element: <PhoneMePage /> },
                { path: 'search', element: <PhoneSearchPage /> },
                { path: 'persons/:id', element: <PersonPage /> },
                { path: 'households/:id', element: <HouseholdPage /> },
                { path: 'requests', element: <PhoneInboxPage /> },
                { path: 'requests/new', element: <IntakePage /> },
                { path: 'requests/:id', element: <ItemPage /> },
                { path: 'proxy', element: <ProxyListPage /> },
                { path: 'proxy/new', element: <ProxyFilePage /> },
                { path: 'proxy/:id', element: <ProxyPage /> },
                ...partyPhoneRoutes,
                ...propertyPhoneRoutes,
                ...disclosurePhoneRoutes,
                { path: '*', element: <NotFoundPage home="/m" /> },
              ],
            },
            {
              element: <DeskLayout />,
              children: [
                { index: true, element: <HomePage /> },
                { path: 'org/:id', element: <OrgNodePage /> },
                { path: 'org/:id/import', element: <ImportPage /> },
                { path: 'figures', element: <FiguresPage /> },
                { path: 'search', element: <SearchPage /> },
                { path: 'persons/:id', element: <PersonPage /> },
                { path: 'households/:id', element: <HouseholdPage /> },
                { path: 'requests', element: <InboxPage /> },
                { path: 'requests/new', element: <IntakePage /> },
                { path: 'requests/:id', element: <ItemPage /> },
                { path: 'proxy', element: <ProxyListPage /> },
                { path: 'proxy/new', element: <ProxyFilePage /> },
                { path: 'proxy/figures', element: <ProxyFiguresPage /> },
                { path: 'proxy/:id', element: <ProxyPage /> },
                ...centreDeskRoutes,
                ...consultDeskRoutes,
                ...partyDeskRoutes,
                ...propertyDeskRoutes,
                ...booksDeskRoutes,
                ...disclosureDeskRoutes,
                ...estateDeskRoutes,
                { path: '*', element: <NotFoundPage /> },
              ],
            },
          ],
        },
      ],
    },
  ])
}
