import { DownloadOutlined } from '@ant-design/icons'
import { Alert, App, Button, Flex, Select, Skeleton } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { Amount } from './Amount'
import { useBooksContext } from './BooksLayout'
import { exportUrls, useAccounts, useLedger } from './booksQueries'
import { HouseholdPicker } from './HouseholdPicker'
import type { LedgerQuery } from './types'
import { useDayLabel, usePeriodLabel } from './usePeriodLabel'

/**
 * /books/:villageId/ledger?account=&from=&to=: 明细账 of an account (现金日记账 for 101, 银行存款日记账
 * for 102) over a range of periods, with the running balance, 本月合计 and 本年累计, and its .xlsx.
 * The account and range live in the address so the page can be shared and reloaded.
 */
export function LedgerPage() {
  const { t } = useTranslation()
  const { villageId, book } = useBooksContext()
  const accounts = useAccounts(villageId)
  const [params, setParams] = useSearchParams()
  const periodLabel = usePeriodLabel()
  const dayLabel = useDayLabel()
  const known = book.periods.map((p) => p.period)
  const last = book.periods.findLast((p) => p.state === 'closed')?.period ?? known.at(-1)
  const to = known.includes(params.get('to') ?? '') ? (params.get('to') ?? undefined) : last
  const yearStart = to ? known.find((p) => p.slice(0, 4) === to.slice(0, 4)) : undefined
  const from = known.includes(params.get('from') ?? '') ? (params.get('from') ?? undefined) : yearStart
  const accountCode = params.get('account') ?? undefined
  // An account kept per household (or with such sub-accounts) may be read for one household.
  const perHousehold =
    accountCode !== undefined &&
    (accounts.data?.items ?? []).some((a) => a.perHousehold && a.code.startsWith(accountCode))
  const householdId = perHousehold ? (params.get('household') ?? undefined) : undefined
  const householdLabel = params.get('householdLabel') ?? ''
  const query: LedgerQuery | undefined =
    accountCode && from && to
      ? { accountCode, from: from <= to ? from : to, to, ...(householdId ? { householdId } : {}) }
      : undefined
  const ledger = useLedger(villageId, query)

  const { message } = App.useApp()
  const set = (changes: Record<string, string | null>) => {
    setParams(
      (old) => {
        const next = new URLSearchParams(old)
        for (const [key, value] of Object.entries(changes))
          if (value === null) next.delete(key)
          else next.set(key, value)
        return next
      },
      { replace: true },
    )
  }
  const accountOptions = useMemo(
    () =>
      (accounts.data?.items ?? [])
        .filter((a) => a.active)
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((a) => ({ value: a.code, label: `${a.code} ${a.name}` })),
    [accounts.data],
  )
  const periodOptions = [...book.periods]
    .reverse()
    .map((p) => ({ value: p.period, label: periodLabel(p.period) }))

  let body
  if (!query) body = <Alert type="info" showIcon title={t('books.ledger.pick')} />
  else if (ledger.isError) body = <ApiErrorAlert error={ledger.error} onRetry={() => void ledger.refetch()} />
  else if (!ledger.data) body = <Skeleton active />
  else {
    const l = ledger.data
    body = (
      <div className="tx-statement tx-books-scroll" data-testid="ledger">
        <div className="tx-statement-title" data-testid="ledger-title">
          {l.titleZh}
        </div>
        <div className="tx-statement-head">
          <span data-testid="ledger-account">
            {l.account.code} {l.account.name}
            {l.household ? ` · ${t('books.ledger.household', { code: l.household.code })}` : ''}
          </span>
          <span>
            {periodLabel(l.from)} – {periodLabel(l.to)}
          </span>
          <span>{t('books.yuanUnit')}</span>
        </div>
        <table className="tx-books-table">
          <thead>
            <tr>
              <th>{t('books.ledger.date')}</th>
              <th>{t('books.ledger.voucher')}</th>
              <th>{t('books.ledger.summary')}</th>
              <th className="tx-books-num">{t('books.ledger.debit')}</th>
              <th className="tx-books-num">{t('books.ledger.credit')}</th>
              <th>{t('books.ledger.side')}</th>
              <th className="tx-books-num">{t('books.ledger.balance')}</th>
            </tr>
          </thead>
          <tbody>
            <tr className="tx-books-total" data-testid="ledger-opening">
              <td>{periodLabel(l.from)}</td>
              <td />
              <td>{t('books.ledger.opening')}</td>
              <td />
              <td />
              <td>{l.opening.sideZh}</td>
              <td className="tx-books-num">
                <Amount fen={Math.abs(l.opening.balanceFen)} />
              </td>
            </tr>
            {l.entries.map((e, i) => (
              <tr
                key={`${e.kind}-${e.period}-${String(i)}`}
                data-testid={`ledger-${e.kind}`}
                className={e.kind === 'line' ? undefined : 'tx-books-total'}
              >
                <td>{e.date ? dayLabel(e.date) : periodLabel(e.period)}</td>
                <td>
                  {e.voucherId ? (
                    <Link to={`/books/${villageId}/vouchers/${e.voucherId}`}>{e.label}</Link>
                  ) : null}
                </td>
                <td>
                  {e.kind === 'month'
                    ? t('books.ledger.month')
                    : e.kind === 'year'
                      ? t('books.ledger.year')
                      : e.summary}
                </td>
                <td className="tx-books-num">
                  <Amount fen={e.debitFen} blankZero={e.kind === 'line'} />
                </td>
                <td className="tx-books-num">
                  <Amount fen={e.creditFen} blankZero={e.kind === 'line'} />
                </td>
                <td>{e.sideZh}</td>
                <td className="tx-books-num" data-testid="ledger-balance">
                  <Amount fen={Math.abs(e.balanceFen)} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="tx-books-total" data-testid="ledger-closing">
              <td colSpan={5}>{t('books.ledger.closing')}</td>
              <td>{l.closing.sideZh}</td>
              <td className="tx-books-num">
                <Amount fen={Math.abs(l.closing.balanceFen)} />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    )
  }

  return (
    <Flex vertical gap={12} data-testid="books-ledger">
      <Flex gap={12} align="center" wrap className="tx-books-noprint">
        <Select
          aria-label={t('books.ledger.account')}
          data-testid="ledger-account-select"
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('books.ledger.accountPlaceholder')}
          style={{ minWidth: 220 }}
          loading={accounts.isPending}
          value={accountCode}
          onChange={(code: string) => {
            set({ account: code, household: null, householdLabel: null })
          }}
          options={accountOptions}
        />
        <Select
          aria-label={t('books.ledger.from')}
          data-testid="ledger-from"
          style={{ minWidth: 130 }}
          value={from}
          onChange={(p: string) => {
            set({ from: p })
          }}
          options={periodOptions}
        />
        <span>–</span>
        <Select
          aria-label={t('books.ledger.to')}
          data-testid="ledger-to"
          style={{ minWidth: 130 }}
          value={to}
          onChange={(p: string) => {
            set({ to: p })
          }}
          options={periodOptions}
        />
        {perHousehold && (
          <div style={{ minWidth: 220 }} data-testid="ledger-household">
            <HouseholdPicker
              value={householdId ? { id: householdId, label: householdLabel } : null}
              onChange={(h) => {
                set({ household: h?.id ?? null, householdLabel: h?.label ?? null })
              }}
              onProblem={(text) => {
                void message.warning(text)
              }}
            />
          </div>
        )}
        {query && (
          <a href={exportUrls.ledger(villageId, query)} download data-testid="ledger-download">
            <Button icon={<DownloadOutlined />}>{t('books.ledger.download')}</Button>
          </a>
        )}
      </Flex>
      {body}
    </Flex>
  )
}
