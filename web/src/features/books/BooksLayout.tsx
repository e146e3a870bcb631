import { Alert, Button, Card, DatePicker, Flex, Form, Select, Skeleton, Tabs, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { Outlet, useLocation, useNavigate, useOutletContext, useParams } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useShowError } from '../../ui/useShowError'
import { useMe } from '../auth/session'
import { collectiveTabLabel, collectiveTabs } from '../collective/tabs'
import { NotFoundPage } from '../shell/NotFoundPage'
import { useBook, useBooksVillages, useOpenBooks } from './booksQueries'
import type { Book } from './types'
import './books.css'

export interface BooksContext {
  villageId: string
  book: Book
}

/** The book the pages under /books/:villageId work on. */
export function useBooksContext(): BooksContext {
  return useOutletContext<BooksContext>()
}

const tabs = [
  '',
  'vouchers',
  'accounts',
  'opening',
  'trial-balance',
  'statements',
  'ledger',
  ...collectiveTabs,
] as const

function tabLabel(key: (typeof tabs)[number]): string {
  switch (key) {
    case '':
      return 'books.tabs.book'
    case 'accounts':
      return 'books.tabs.chart'
    case 'trial-balance':
      return 'books.tabs.trialBalance'
    case 'vouchers':
    case 'opening':
    case 'statements':
    case 'ledger':
      return `books.tabs.${key}`
    case 'collective/members':
    case 'collective/decisions':
    case 'collective/shares':
    case 'collective/distributions':
      return collectiveTabLabel(key)
  }
}

/**
 * /books/:villageId/…: the village's books with their tabs. A village the reader may not read gives
 * the not-found page (the server answers 404 for both); a village with no books offers 建立账套 to
 * its accountant.
 */
export function BooksLayout() {
  const { t } = useTranslation()
  const { villageId = '' } = useParams()
  const book = useBook(villageId)
  const location = useLocation()
  const navigate = useNavigate()
  const { villages } = useBooksVillages()
  const base = `/books/${villageId}`
  const rest = location.pathname.slice(base.length).replace(/^\//, '')
  const active = tabs.find((tab) => tab !== '' && rest.startsWith(tab)) ?? ''

  const villageName = book.data?.villageName ?? villages.find((v) => v.id === villageId)?.name

  if (book.isError && isApiError(book.error) && book.error.status === 404) return <NotFoundPage />
  const noBooks = book.isError && isApiError(book.error) && book.error.code === 'UNPROCESSABLE'

  let body
  if (noBooks) body = <OpenBooks villageId={villageId} message={book.error.message} />
  else if (book.isError) body = <ApiErrorAlert error={book.error} onRetry={() => void book.refetch()} />
  else if (!book.data) body = <Skeleton active />
  else
    body = (
      <>
        <Tabs
          className="tx-books-noprint"
          activeKey={active}
          onChange={(key) => {
            void navigate(key === '' ? base : `${base}/${key}`)
          }}
          items={tabs.map((key) => ({
            key,
            label: (
              <span data-testid={`books-tab-${key === '' ? 'book' : key.replace('collective/', '')}`}>
                {t(tabLabel(key) as 'books.tabs.book')}
              </span>
            ),
          }))}
        />
        <Outlet context={{ villageId, book: book.data } satisfies BooksContext} />
      </>
    )

  return (
    <Card
      data-testid="books-page"
      className="tx-books"
      title={
        <Flex gap={8} align="baseline" wrap>
          <span>{t('books.title')}</span>
          {villageName !== undefined && (
            <Typography.Text
              type="secondary"
              style={{ fontWeight: 'normal' }}
              data-testid="books-village-name"
            >
              {villageName}
            </Typography.Text>
          )}
        </Flex>
      }
      extra={
        villages.length > 1 ? (
          <Select
            className="tx-books-noprint"
            aria-label={t('books.village')}
            data-testid="books-village-select"
            style={{ minWidth: 160 }}
            value={villageId}
            onChange={(id) => {
              void navigate(`/books/${id}`)
            }}
            options={villages.map((v) => ({ value: v.id, label: v.name }))}
          />
        ) : undefined
      }
    >
      {body}
    </Card>
  )
}

function OpenBooks({ villageId, message }: { villageId: string; message: string }) {
  const { t } = useTranslation()
  const me = useMe()
  const open = useOpenBooks(villageId)
  const showError = useShowError()
  const [form] = Form.useForm<{ startPeriod: Dayjs }>()
  const mayOpen = me.grants.some(
    (g) => g.scopeKind === 'village' && g.scopeId === villageId && g.role === 'village_accountant',
  )
  if (!mayOpen) return <Alert type="info" showIcon title={message || t('books.open.readOnly')} />
  return (
    <Flex vertical gap={16} data-testid="books-open">
      <Alert type="info" showIcon title={message} description={t('books.open.text')} />
      <Form
        form={form}
        layout="inline"
        onFinish={(values) => {
          open.mutate(values.startPeriod.format('YYYY-MM'), {
            onError: (error) => {
              showError(error, form)
            },
          })
        }}
      >
        <Form.Item name="startPeriod" label={t('books.open.startPeriod')} rules={[{ required: true }]}>
          <DatePicker picker="month" format="YYYY-MM" data-testid="books-open-period" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={open.isPending} data-testid="books-open-submit">
            {t('books.open.submit')}
          </Button>
        </Form.Item>
      </Form>
    </Flex>
  )
}
