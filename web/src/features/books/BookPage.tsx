import { PlusOutlined } from '@ant-design/icons'
import { Alert, App, Button, Descriptions, Flex, Space, Table, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { useShowError } from '../../ui/useShowError'
import { useBooksContext } from './BooksLayout'
import { useCarryForward, useClosePeriod } from './booksQueries'
import type { BookPeriod } from './types'
import { usePeriodLabel } from './usePeriodLabel'

/**
 * The book: its system, its first period, and every period with its vouchers, its state and, for the
 * accountant, 结账 (and in December 结转损益 first). The server's refusals are shown as they come.
 */
export function BookPage() {
  const { t } = useTranslation()
  const { villageId, book } = useBooksContext()
  const label = usePeriodLabel()
  const close = useClosePeriod(villageId)
  const carry = useCarryForward(villageId)
  const showError = useShowError()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const base = `/books/${villageId}`

  return (
    <Flex vertical gap={16} data-testid="books-book">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'standard', label: t('books.book.standard'), children: book.standardZh },
          {
            key: 'start',
            label: t('books.book.startPeriod'),
            children: <span data-testid="books-start">{label(book.startPeriod)}</span>,
          },
        ]}
      />
      {book.canWrite ? (
        <Space>
          <Link to={`${base}/vouchers/new`}>
            <Button type="primary" icon={<PlusOutlined />} data-testid="books-new-voucher">
              {t('books.book.newVoucher')}
            </Button>
          </Link>
        </Space>
      ) : (
        <Alert type="info" showIcon title={t('books.book.readOnly')} />
      )}
      <Table<BookPeriod>
        size="small"
        rowKey="period"
        pagination={false}
        dataSource={book.periods}
        onRow={(p) => ({ 'data-testid': `books-period-${p.period}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'period',
            title: t('books.book.periods'),
            render: (_, p) => <Link to={`${base}/vouchers?period=${p.period}`}>{label(p.period)}</Link>,
          },
          {
            key: 'state',
            title: t('books.book.state'),
            render: (_, p) => (
              <Tag color={p.state === 'closed' ? 'default' : 'blue'} data-testid="books-period-state">
                {t(`books.book.states.${p.state}`)}
              </Tag>
            ),
          },
          { key: 'vouchers', title: t('books.book.vouchers'), dataIndex: 'vouchers', align: 'right' },
          {
            key: 'unposted',
            title: t('books.book.unposted'),
            align: 'right',
            render: (_, p) =>
              p.unposted > 0 ? <span className="tx-books-warn">{p.unposted}</span> : p.unposted,
          },
          { key: 'closedBy', title: t('books.book.closedBy'), render: (_, p) => p.closedBy ?? '' },
          {
            key: 'actions',
            title: '',
            render: (_, p) =>
              book.canWrite && p.state === 'open' ? (
                <Space size="small">
                  {p.period.endsWith('-12') && (
                    <Button
                      size="small"
                      data-testid="books-carry-forward"
                      loading={carry.isPending && carry.variables === p.period}
                      onClick={() => {
                        carry.mutate(p.period, {
                          onSuccess: (voucher) => {
                            void message.success(t('books.book.carried'))
                            void navigate(`${base}/vouchers/${voucher.id}`)
                          },
                          onError: (error) => {
                            showError(error)
                          },
                        })
                      }}
                    >
                      {t('books.book.carryForward')}
                    </Button>
                  )}
                  <Button
                    size="small"
                    type="primary"
                    data-testid="books-close"
                    loading={close.isPending && close.variables === p.period}
                    onClick={() => {
                      close.mutate(p.period, {
                        onSuccess: () => {
                          void message.success(t('books.book.closed', { period: label(p.period) }))
                        },
                        onError: (error) => {
                          showError(error)
                        },
                      })
                    }}
                  >
                    {t('books.book.close')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
    </Flex>
  )
}
