import { PrinterOutlined } from '@ant-design/icons'
import { App, Button, Flex, Input, Modal, Skeleton, Space, Tag, Tooltip } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useShowError } from '../../ui/useShowError'
import { useMe } from '../auth/session'
import { NotFoundPage } from '../shell/NotFoundPage'
import { Amount } from './Amount'
import { useBooksContext } from './BooksLayout'
import { useVoucher, useVoucherStep, type VoucherStep } from './booksQueries'
import type { Voucher } from './types'
import { useDayLabel } from './usePeriodLabel'
import { stateColors } from './VoucherListPage'

function today(): string {
  const d = new Date()
  return `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** /books/:villageId/vouchers/:id: the voucher as a printed 记账凭证 looks, with its next steps. */
export function VoucherPage() {
  const { villageId } = useBooksContext()
  const { id = '' } = useParams()
  const voucher = useVoucher(villageId, id)
  if (voucher.isError && isApiError(voucher.error) && voucher.error.status === 404) return <NotFoundPage />
  if (voucher.isError) return <ApiErrorAlert error={voucher.error} onRetry={() => void voucher.refetch()} />
  if (!voucher.data) return <Skeleton active />
  return <VoucherView voucher={voucher.data} />
}

function VoucherView({ voucher }: { voucher: Voucher }) {
  const { t } = useTranslation()
  const { villageId, book } = useBooksContext()
  const me = useMe()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const showError = useShowError()
  const step = useVoucherStep(villageId)
  const dayLabel = useDayLabel()
  const [reversing, setReversing] = useState(false)
  const [reversalDate, setReversalDate] = useState(today())
  const [discarding, setDiscarding] = useState(false)
  const base = `/books/${villageId}`
  const red = voucher.reverses !== null
  // The server labels people "孔德明 (kuaiji)"; it refuses the maker's review in any case.
  const own = voucher.maker === me.displayName || voucher.maker.endsWith(`(${me.username})`)
  const debit = voucher.lines.reduce((s, l) => s + l.debitFen, 0)
  const credit = voucher.lines.reduce((s, l) => s + l.creditFen, 0)

  const run = (what: VoucherStep, date?: string) => {
    step.mutate(
      { step: what, voucher, ...(date ? { date } : {}) },
      {
        onSuccess: (view) => {
          setReversing(false)
          setDiscarding(false)
          void message.success(t(`books.voucher.done.${what}`, { label: view?.label ?? '' }))
          if (what === 'discard') void navigate(`${base}/vouchers?period=${voucher.period}`)
          else if (what === 'reversal' && view) void navigate(`${base}/vouchers/${view.id}`)
        },
        onError: (error) => {
          showError(error)
        },
      },
    )
  }

  return (
    <Flex vertical gap={16} data-testid="voucher-page">
      <Flex gap={8} wrap justify="space-between" className="tx-books-noprint">
        <Link to={`${base}/vouchers?period=${voucher.period}`}>{t('books.voucher.back')}</Link>
        {book.canWrite && (
          <Space wrap>
            {voucher.state !== 'posted' && !red && (
              <Link to={`${base}/vouchers/${voucher.id}/edit`}>
                <Button data-testid="voucher-edit">{t('books.voucher.actions.edit')}</Button>
              </Link>
            )}
            {voucher.state !== 'posted' && (
              <Button
                danger
                data-testid="voucher-discard"
                onClick={() => {
                  setDiscarding(true)
                }}
              >
                {t('books.voucher.actions.discard')}
              </Button>
            )}
            {voucher.state === 'draft' && (
              <Tooltip title={own ? t('books.voucher.ownVoucher') : undefined}>
                <Button
                  type="primary"
                  disabled={own}
                  loading={step.isPending && step.variables.step === 'review'}
                  data-testid="voucher-review"
                  onClick={() => {
                    run('review')
                  }}
                >
                  {t('books.voucher.actions.review')}
                </Button>
              </Tooltip>
            )}
            {voucher.state === 'reviewed' && (
              <Button
                type="primary"
                loading={step.isPending && step.variables.step === 'post'}
                data-testid="voucher-post"
                onClick={() => {
                  run('post')
                }}
              >
                {t('books.voucher.actions.post')}
              </Button>
            )}
            {voucher.state === 'posted' && voucher.reversedBy === null && !red && (
              <Button
                danger
                data-testid="voucher-reverse"
                onClick={() => {
                  setReversing(true)
                }}
              >
                {t('books.voucher.actions.reversal')}
              </Button>
            )}
            <Button
              icon={<PrinterOutlined />}
              onClick={() => {
                window.print()
              }}
            >
              {t('books.voucher.print')}
            </Button>
          </Space>
        )}
      </Flex>

      <div className={red ? 'tx-voucher tx-voucher-red' : 'tx-voucher'} data-testid="voucher-sheet">
        <div className="tx-voucher-title">
          {red ? t('books.voucher.redLetter') : t('books.voucher.title')}
        </div>
        <div className="tx-voucher-head">
          <span>{book.villageName}</span>
          <span data-testid="voucher-date-text">{dayLabel(voucher.date)}</span>
          <span>
            {t('books.voucher.number')}：
            <strong data-testid="voucher-label">{voucher.label ?? t('books.voucher.unnumbered')}</strong>
          </span>
        </div>
        <table className="tx-books-table tx-voucher-lines">
          <thead>
            <tr>
              <th>{t('books.voucher.lineSummary')}</th>
              <th>{t('books.voucher.account')}</th>
              <th className="tx-books-num">{t('books.voucher.debit')}</th>
              <th className="tx-books-num">{t('books.voucher.credit')}</th>
            </tr>
          </thead>
          <tbody>
            {voucher.lines.map((l) => (
              <tr key={l.lineNo} data-testid="voucher-sheet-line">
                <td>{l.summary}</td>
                <td>
                  {l.accountCode} {l.accountName}
                  {l.household && (
                    <span className="tx-books-muted">
                      {' '}
                      （{l.household.code}
                      {l.household.headName ? ` ${l.household.headName}` : ''}）
                    </span>
                  )}
                </td>
                <td className="tx-books-num">
                  <Amount fen={l.debitFen} blankZero />
                </td>
                <td className="tx-books-num">
                  <Amount fen={l.creditFen} blankZero />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={2}>
                <strong>{t('books.voucher.totals')}</strong>
              </td>
              <td className="tx-books-num">
                <Amount fen={debit} testId="voucher-sheet-debit" />
              </td>
              <td className="tx-books-num">
                <Amount fen={credit} testId="voucher-sheet-credit" />
              </td>
            </tr>
          </tfoot>
        </table>
        <div className="tx-voucher-foot">
          <span>{t('books.voucher.attachmentsCount', { count: voucher.attachments })}</span>
          <span>
            {t('books.voucher.maker')}：<span data-testid="voucher-maker">{voucher.maker}</span>
          </span>
          <span>
            {t('books.voucher.reviewer')}：
            <span data-testid="voucher-reviewer">{voucher.reviewer ?? ''}</span>
          </span>
          <span>
            {t('books.voucher.poster')}：<span data-testid="voucher-poster">{voucher.poster ?? ''}</span>
          </span>
        </div>
        <Flex gap={8} wrap className="tx-books-noprint">
          <Tag color={stateColors[voucher.state]} data-testid="voucher-state">
            {t(`books.voucher.states.${voucher.state}`)}
          </Tag>
          {voucher.reverses && (
            <Link to={`${base}/vouchers/${voucher.reverses.id}`} className="tx-books-red">
              {t('books.voucher.reverses', { label: voucher.reverses.label ?? '' })}
            </Link>
          )}
          {voucher.reversedBy && (
            <Link to={`${base}/vouchers/${voucher.reversedBy.id}`} data-testid="voucher-reversed-by">
              {t('books.voucher.reversedBy', {
                label: voucher.reversedBy.label ?? t(`books.voucher.states.draft`),
              })}
            </Link>
          )}
        </Flex>
      </div>

      <Modal
        open={discarding}
        title={t('books.voucher.actions.discard')}
        okText={t('books.voucher.actions.discard')}
        okButtonProps={{ danger: true, 'data-testid': 'voucher-discard-ok' }}
        confirmLoading={step.isPending}
        onOk={() => {
          run('discard')
        }}
        onCancel={() => {
          setDiscarding(false)
        }}
      >
        {t('books.voucher.confirmDiscard')}
      </Modal>
      <Modal
        open={reversing}
        title={t('books.voucher.actions.reversal')}
        okText={t('books.voucher.actions.reversal')}
        okButtonProps={{ danger: true, 'data-testid': 'voucher-reverse-ok' }}
        confirmLoading={step.isPending}
        onOk={() => {
          run('reversal', reversalDate)
        }}
        onCancel={() => {
          setReversing(false)
        }}
      >
        <Flex vertical gap={8}>
          <span>{t('books.voucher.confirmReversal')}</span>
          <label>
            {t('books.voucher.date')}
            <Input
              type="date"
              value={reversalDate}
              data-testid="voucher-reverse-date"
              onChange={(e) => {
                setReversalDate(e.target.value)
              }}
            />
          </label>
        </Flex>
      </Modal>
    </Flex>
  )
}
