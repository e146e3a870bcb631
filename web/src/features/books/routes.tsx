import type { RouteObject } from 'react-router'
import { BookPage } from './BookPage'
import { BooksEntryPage } from './BooksEntryPage'
import { BooksLayout } from './BooksLayout'
import { collectiveBookRoutes } from '../collective/routes'
import { ChartPage } from './ChartPage'
import { OpeningPage } from './OpeningPage'
import { LedgerPage } from './LedgerPage'
import { StatementsPage } from './StatementsPage'
import { TrialBalancePage } from './TrialBalancePage'
import { VoucherEntryPage } from './VoucherEntryPage'
import { VoucherListPage } from './VoucherListPage'
import { VoucherPage } from './VoucherPage'

/** 村账: a village's books (children of the desk layout). */
export const booksDeskRoutes: RouteObject[] = [
  { path: 'books', element: <BooksEntryPage /> },
  {
    path: 'books/:villageId',
    element: <BooksLayout />,
    children: [
      { index: true, element: <BookPage /> },
      { path: 'vouchers', element: <VoucherListPage /> },
      { path: 'vouchers/new', element: <VoucherEntryPage /> },
      { path: 'vouchers/:id', element: <VoucherPage /> },
      { path: 'vouchers/:id/edit', element: <VoucherEntryPage /> },
      { path: 'accounts', element: <ChartPage /> },
      { path: 'opening', element: <OpeningPage /> },
      { path: 'trial-balance', element: <TrialBalancePage /> },
      { path: 'statements', element: <StatementsPage /> },
      { path: 'ledger', element: <LedgerPage /> },
      ...collectiveBookRoutes,
    ],
  },
]
