import { PlusOutlined } from '@ant-design/icons'
import { Button, Flex, Select, Skeleton, Table, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useBooksContext } from './BooksLayout'
import { useVouchers } from './booksQueries'
import { Amount } from './Amount'
import type { Voucher, VoucherState } from './types'
import { useDayLabel, usePeriodLabel } from './usePeriodLabel'

const states: VoucherState[] = ['draft', 'reviewed', 'posted']
export const stateColors: Record<VoucherState, string> = {
  draft: 'default',
  reviewed: 'blue',
  posted: 'green',
}

/** /books/:villageId/vouchers?period=&state=: a period's vouchers, posted ones in number order. */
export function VoucherListPage() {
  const { t } = useTranslation()
  const { villageId, book } = useBooksContext()
  const label = usePeriodLabel()
  const dayLabel = useDayLabel()
  const [params, setParams] = useSearchParams()
  const latest = book.periods.findLast((p) => p.vouchers > 0)?.period ?? book.periods.at(-1)?.period
  const periodParam = params.get('period')
  const period = periodParam === 'all' ? undefined : (periodParam ?? latest)
  const stateParam = params.get('state')
  const state = states.find((s) => s === stateParam)
  const vouchers = useVouchers(villageId, { ...(period ? { period } : {}), ...(state ? { state } : {}) })
  const set = (key: string, value: string | undefined) => {
    setParams(
      (old) => {
        const nextParams = new URLSearchParams(old)
        if (value === undefined) nextParams.delete(key)
        else nextParams.set(key, value)
        return nextParams
      },
      { replace: true },
    )
  }

  return (
    <Flex vertical gap={12} data-testid="voucher-list">
      <Flex gap={8} wrap justify="space-between">
        <Flex gap={8} wrap>
          <Select
            aria-label={t('books.book.periods')}
            data-testid="voucher-list-period"
            style={{ minWidth: 140 }}
            value={period ?? 'all'}
            onChange={(v) => {
              set('period', v)
            }}
            options={[
              { value: 'all', label: t('books.list.allPeriods') },
              ...[...book.periods].reverse().map((p) => ({ value: p.period, label: label(p.period) })),
            ]}
          />
          <Select
            aria-label={t('books.voucher.state')}
            data-testid="voucher-list-state"
            style={{ minWidth: 120 }}
            value={state ?? 'all'}
            onChange={(v) => {
              set('state', v === 'all' ? undefined : v)
            }}
            options={[
              { value: 'all', label: t('books.list.all') },
              ...states.map((s) => ({ value: s, label: t(`books.voucher.states.${s}`) })),
            ]}
          />
        </Flex>
        {book.canWrite && (
          <Link to={`/books/${villageId}/vouchers/new`}>
            <Button type="primary" icon={<PlusOutlined />} data-testid="books-new-voucher">
              {t('books.book.newVoucher')}
            </Button>
          </Link>
        )}
      </Flex>
      {vouchers.isError ? (
        <ApiErrorAlert error={vouchers.error} onRetry={() => void vouchers.refetch()} />
      ) : !vouchers.data ? (
        <Skeleton active />
      ) : (
        <Table<Voucher>
          size="small"
          rowKey="id"
          pagination={false}
          locale={{ emptyText: t('books.list.empty') }}
          dataSource={vouchers.data.items}
          onRow={(v) => ({ 'data-testid': `voucher-row-${v.id}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              key: 'label',
              title: t('books.list.label'),
              render: (_, v) => (
                <Link to={`/books/${villageId}/vouchers/${v.id}`} data-testid="voucher-link">
                  {v.label ?? t('books.voucher.states.draft')}
                </Link>
              ),
            },
            { key: 'date', title: t('books.voucher.date'), render: (_, v) => dayLabel(v.date) },
            {
              key: 'summary',
              title: t('books.voucher.summary'),
              render: (_, v) => <span className={v.reverses ? 'tx-books-red' : undefined}>{v.summary}</span>,
            },
            {
              key: 'total',
              title: t('books.voucher.totals'),
              align: 'right',
              render: (_, v) => <Amount fen={v.totalFen} />,
            },
            {
              key: 'state',
              title: t('books.voucher.state'),
              render: (_, v) => (
                <Tag color={stateColors[v.state]} data-testid="voucher-state">
                  {t(`books.voucher.states.${v.state}`)}
                </Tag>
              ),
            },
            { key: 'maker', title: t('books.voucher.maker'), dataIndex: 'maker' },
          ]}
        />
      )}
    </Flex>
  )
}
