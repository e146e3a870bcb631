import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Flex, Input, InputNumber, Select, Skeleton, Typography } from 'antd'
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { fieldErrorsOf, type FieldError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useBooksContext } from './BooksLayout'
import { useAccounts, useSaveVoucher, useVoucher } from './booksQueries'
import { HouseholdPicker } from './HouseholdPicker'
import { fenToInput, formatFen, parseYuan } from './money'
import type { Account, Voucher, VoucherBody } from './types'

interface Line {
  key: number
  accountCode: string | undefined
  summary: string
  debit: string
  credit: string
  householdId: string
  /** 户号 and head, for a household the voucher already names. */
  householdLabel: string
}

type Column = 'account' | 'summary' | 'debit' | 'credit' | 'household'

let nextKey = 1
const emptyLine = (): Line => ({
  key: nextKey++,
  accountCode: undefined,
  summary: '',
  debit: '',
  credit: '',
  householdId: '',
  householdLabel: '',
})

function today(): string {
  const d = new Date()
  return `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** Fen typed as yuan: 0 for an empty cell, null for text that is not an amount of at most two decimals. */
function fenOf(text: string): number | null {
  return text.trim() === '' ? 0 : parseYuan(text)
}

/** /books/:villageId/vouchers/new and …/:id/edit: the voucher as the accountant types it. */
export function VoucherEntryPage() {
  const { villageId } = useBooksContext()
  const { id } = useParams()
  const voucher = useVoucher(villageId, id)
  const accounts = useAccounts(villageId)
  if (voucher.isError) return <ApiErrorAlert error={voucher.error} />
  if (accounts.isError) return <ApiErrorAlert error={accounts.error} />
  if ((id !== undefined && !voucher.data) || !accounts.data) return <Skeleton active />
  return (
    <VoucherEntry
      key={voucher.data?.version ?? 'new'}
      existing={voucher.data}
      accounts={accounts.data.items}
    />
  )
}

function VoucherEntry({ existing, accounts }: { existing: Voucher | undefined; accounts: Account[] }) {
  const { t } = useTranslation()
  const { villageId } = useBooksContext()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const save = useSaveVoucher(villageId, existing)
  const [date, setDate] = useState(existing?.date ?? today())
  const [summary, setSummary] = useState(existing?.summary ?? '')
  const [attachments, setAttachments] = useState<number>(existing?.attachments ?? 0)
  const [lines, setLines] = useState<Line[]>(() =>
    existing
      ? existing.lines.map((l) => ({
          key: nextKey++,
          accountCode: l.accountCode,
          summary: l.summary === existing.summary ? '' : l.summary,
          debit: fenToInput(l.debitFen),
          credit: fenToInput(l.creditFen),
          householdId: l.household?.id ?? '',
          householdLabel: l.household
            ? `${l.household.code}${l.household.headName ? ` ${l.household.headName}` : ''}`
            : '',
        }))
      : [emptyLine(), emptyLine()],
  )
  // Where the server's field errors go: line row index → column → message; the rest above the grid.
  const [placed, setPlaced] = useState<Map<string, string>>(new Map())
  const [unplaced, setUnplaced] = useState<FieldError[]>([])
  const cells = useRef(new Map<string, HTMLElement | null>())
  const [pendingFocus, setPendingFocus] = useState<string | null>(null)

  const byCode = useMemo(() => new Map(accounts.map((a) => [a.code, a])), [accounts])
  const options = useMemo(
    () =>
      accounts
        .filter((a) => a.leaf && a.active)
        .map((a) => ({ value: a.code, label: `${a.code} ${a.name}` })),
    [accounts],
  )

  useEffect(() => {
    if (pendingFocus === null) return
    cells.current.get(pendingFocus)?.focus()
    setPendingFocus(null)
  }, [pendingFocus, lines])

  const cellKey = (row: number, column: Column) => `${String(row)}.${column}`
  const columnsOf = (line: Line): Column[] =>
    byCode.get(line.accountCode ?? '')?.perHousehold
      ? ['account', 'summary', 'debit', 'credit', 'household']
      : ['account', 'summary', 'debit', 'credit']

  /** Enter moves to the next cell; past the last cell of the last line a new line appears. */
  const next = (row: number, column: Column) => {
    const line = lines[row]
    if (!line) return
    const cols = columnsOf(line)
    const at = cols.indexOf(column)
    const following = cols[at + 1]
    if (following) {
      setPendingFocus(cellKey(row, following))
      return
    }
    if (row + 1 >= lines.length) setLines((old) => [...old, emptyLine()])
    setPendingFocus(cellKey(row + 1, 'account'))
  }
  const onEnter = (row: number, column: Column) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
    event.preventDefault()
    next(row, column)
  }

  const update = (row: number, change: Partial<Line>) => {
    setLines((old) => old.map((l, i) => (i === row ? { ...l, ...change } : l)))
  }

  const parsed = lines.map((l) => ({ debit: fenOf(l.debit), credit: fenOf(l.credit) }))
  const debitTotal = parsed.reduce((sum, p) => sum + (p.debit ?? 0), 0)
  const creditTotal = parsed.reduce((sum, p) => sum + (p.credit ?? 0), 0)
  const difference = debitTotal - creditTotal
  const anyBad = parsed.some((p) => p.debit === null || p.credit === null)

  const submit = () => {
    if (anyBad) return
    // Lines left wholly empty are not sent; the server's paths name the lines sent.
    const sent: number[] = []
    const body: VoucherBody = {
      date,
      summary,
      attachments,
      lines: lines.flatMap((l, i) => {
        const p = parsed[i]
        if (!l.accountCode && l.debit === '' && l.credit === '' && l.summary === '') return []
        sent.push(i)
        return [
          {
            accountCode: l.accountCode ?? '',
            ...(l.summary.trim() !== '' ? { summary: l.summary.trim() } : {}),
            ...(p?.debit ? { debitFen: p.debit } : {}),
            ...(p?.credit ? { creditFen: p.credit } : {}),
            ...(l.householdId.trim() !== '' ? { householdId: l.householdId.trim() } : {}),
          },
        ]
      }),
    }
    setPlaced(new Map())
    setUnplaced([])
    // mutateAsync, not mutate's callbacks: saving refetches the voucher, whose new version remounts
    // this page (its key), and a remounted page would never hear of the success.
    save.mutateAsync(body).then(
      (view) => {
        void message.success(t('books.voucher.saved'))
        void navigate(`/books/${villageId}/vouchers/${view.id}`)
      },
      (error: unknown) => {
        const where = new Map<string, string>()
        const rest: FieldError[] = []
        for (const field of fieldErrorsOf(error)) {
          const [head, index, name] = field.name
          const row = typeof index === 'number' ? sent[index] : undefined
          if (head === 'lines' && row !== undefined) {
            const column: Column | 'row' =
              name === 'accountCode'
                ? 'account'
                : name === 'debitFen'
                  ? 'debit'
                  : name === 'creditFen'
                    ? 'credit'
                    : name === 'householdId'
                      ? 'household'
                      : name === 'summary'
                        ? 'summary'
                        : 'row'
            const key = `${String(row)}.${column}`
            where.set(key, [where.get(key), field.message].filter(Boolean).join('；'))
          } else if (head === 'date' || head === 'summary' || head === 'attachments') {
            where.set(head, field.message)
          } else rest.push(field)
        }
        setPlaced(where)
        setUnplaced(rest)
      },
    )
  }

  const cellError = (row: number, column: Column | 'row') => placed.get(`${String(row)}.${column}`)
  const errorText = (text: string | undefined, testId: string) =>
    text ? (
      <div className="tx-books-cell-error" data-testid={testId}>
        {text}
      </div>
    ) : null
  const ref = (row: number, column: Column) => (el: { focus: () => void } | null) => {
    cells.current.set(cellKey(row, column), el as HTMLElement | null)
  }

  return (
    <Flex vertical gap={12} data-testid="voucher-entry">
      <Typography.Title level={4} style={{ margin: 0, textAlign: 'center' }}>
        {existing ? t('books.voucher.editTitle') : t('books.voucher.newTitle')}
      </Typography.Title>
      <Flex gap={16} wrap align="start">
        <label>
          {t('books.voucher.date')}
          <Input
            type="date"
            value={date}
            data-testid="voucher-date"
            status={placed.has('date') ? 'error' : undefined}
            onChange={(e) => {
              setDate(e.target.value)
            }}
            style={{ width: 170 }}
          />
          {errorText(placed.get('date'), 'voucher-date-error')}
        </label>
        <label style={{ flex: 1, minWidth: 240 }}>
          {t('books.voucher.summary')}
          <Input
            value={summary}
            maxLength={60}
            data-testid="voucher-summary"
            status={placed.has('summary') ? 'error' : undefined}
            onChange={(e) => {
              setSummary(e.target.value)
            }}
          />
          {errorText(placed.get('summary'), 'voucher-summary-error')}
        </label>
        <label data-testid="voucher-attachments">
          {t('books.voucher.attachments')}
          <InputNumber
            min={0}
            max={999}
            precision={0}
            value={attachments}
            onChange={(v) => {
              setAttachments(v ?? 0)
            }}
            style={{ width: 100, display: 'block' }}
          />
        </label>
      </Flex>
      <table className="tx-books-grid" data-testid="voucher-grid">
        <thead>
          <tr>
            <th style={{ width: '30%' }}>{t('books.voucher.account')}</th>
            <th>{t('books.voucher.lineSummary')}</th>
            <th style={{ width: 150 }}>{t('books.voucher.debit')}</th>
            <th style={{ width: 150 }}>{t('books.voucher.credit')}</th>
            <th style={{ width: 170 }}>{t('books.voucher.household')}</th>
            <th style={{ width: 40 }} />
          </tr>
        </thead>
        <tbody>
          {lines.map((line, row) => {
            const account = byCode.get(line.accountCode ?? '')
            const p = parsed[row]
            return (
              <tr key={line.key} data-testid={`voucher-line-${String(row)}`}>
                <td>
                  <Select
                    ref={ref(row, 'account')}
                    showSearch={{
                      filterOption: (input, option) =>
                        (option?.label ?? '').toLowerCase().includes(input.trim().toLowerCase()),
                    }}
                    allowClear
                    value={line.accountCode}
                    placeholder={t('books.voucher.accountPlaceholder')}
                    options={options}
                    status={cellError(row, 'account') ? 'error' : undefined}
                    data-testid="line-account"
                    style={{ width: '100%' }}
                    onChange={(code: string | undefined) => {
                      update(row, {
                        accountCode: code,
                        ...(byCode.get(code ?? '')?.perHousehold ? {} : { householdId: '' }),
                      })
                      if (code) setPendingFocus(cellKey(row, 'summary'))
                    }}
                  />
                  {errorText(cellError(row, 'account'), 'line-account-error')}
                  {errorText(cellError(row, 'row'), 'line-error')}
                </td>
                <td>
                  <Input
                    ref={ref(row, 'summary')}
                    value={line.summary}
                    maxLength={60}
                    placeholder={summary}
                    data-testid="line-summary"
                    onKeyDown={onEnter(row, 'summary')}
                    onChange={(e) => {
                      update(row, { summary: e.target.value })
                    }}
                  />
                  {errorText(cellError(row, 'summary'), 'line-summary-error')}
                </td>
                <td>
                  <Input
                    ref={ref(row, 'debit')}
                    className="tx-books-amount-input"
                    value={line.debit}
                    inputMode="decimal"
                    data-testid="line-debit"
                    status={p?.debit === null || cellError(row, 'debit') ? 'error' : undefined}
                    onKeyDown={onEnter(row, 'debit')}
                    onChange={(e) => {
                      const text = e.target.value
                      update(row, text.trim() === '' ? { debit: text } : { debit: text, credit: '' })
                    }}
                  />
                  {errorText(
                    p?.debit === null ? t('books.voucher.badAmount') : cellError(row, 'debit'),
                    'line-debit-error',
                  )}
                </td>
                <td>
                  <Input
                    ref={ref(row, 'credit')}
                    className="tx-books-amount-input"
                    value={line.credit}
                    inputMode="decimal"
                    data-testid="line-credit"
                    status={p?.credit === null || cellError(row, 'credit') ? 'error' : undefined}
                    onKeyDown={onEnter(row, 'credit')}
                    onChange={(e) => {
                      const text = e.target.value
                      update(row, text.trim() === '' ? { credit: text } : { credit: text, debit: '' })
                    }}
                  />
                  {errorText(
                    p?.credit === null ? t('books.voucher.badAmount') : cellError(row, 'credit'),
                    'line-credit-error',
                  )}
                </td>
                <td>
                  {account?.perHousehold || line.householdId !== '' ? (
                    <HouseholdPicker
                      ref={ref(row, 'household')}
                      value={
                        line.householdId === '' ? null : { id: line.householdId, label: line.householdLabel }
                      }
                      status={cellError(row, 'household') ? 'error' : undefined}
                      onChange={(household) => {
                        update(row, {
                          householdId: household?.id ?? '',
                          householdLabel: household?.label ?? '',
                        })
                        setPlaced((old) => {
                          const nextPlaced = new Map(old)
                          nextPlaced.delete(cellKey(row, 'household'))
                          return nextPlaced
                        })
                        if (household) next(row, 'household')
                      }}
                      onProblem={(problem) => {
                        setPlaced((old) => new Map(old).set(cellKey(row, 'household'), problem))
                      }}
                    />
                  ) : null}
                  {errorText(cellError(row, 'household'), 'line-household-error')}
                </td>
                <td>
                  <Button
                    type="text"
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('books.voucher.removeLine')}
                    data-testid="line-remove"
                    disabled={lines.length <= 1}
                    onClick={() => {
                      setLines((old) => old.filter((_, i) => i !== row))
                      setPlaced(new Map())
                    }}
                  />
                </td>
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={2}>
              <Flex justify="space-between" align="center">
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  data-testid="voucher-add-line"
                  onClick={() => {
                    setLines((old) => [...old, emptyLine()])
                    setPendingFocus(cellKey(lines.length, 'account'))
                  }}
                >
                  {t('books.voucher.addLine')}
                </Button>
                <strong>{t('books.voucher.totals')}</strong>
              </Flex>
            </td>
            <td className="tx-books-amount" data-testid="voucher-debit-total">
              {formatFen(debitTotal)}
            </td>
            <td className="tx-books-amount" data-testid="voucher-credit-total">
              {formatFen(creditTotal)}
            </td>
            <td colSpan={2}>
              {difference === 0 ? (
                <span className="tx-books-ok" data-testid="voucher-balanced">
                  {t('books.voucher.balanced')}
                </span>
              ) : (
                <span className="tx-books-red" data-testid="voucher-difference">
                  {t('books.voucher.difference', { amount: formatFen(Math.abs(difference)) })}
                </span>
              )}
            </td>
          </tr>
        </tfoot>
      </table>
      {(save.isError && unplaced.length > 0) || (save.isError && fieldErrorsOf(save.error).length === 0) ? (
        <ApiErrorAlert error={save.error} unplacedFields={unplaced} data-testid="voucher-error" />
      ) : null}
      <Flex gap={8} justify="end">
        <Button
          onClick={() => {
            void navigate(-1)
          }}
        >
          {t('books.voucher.cancel')}
        </Button>
        <Button
          type="primary"
          loading={save.isPending}
          disabled={anyBad}
          onClick={submit}
          data-testid="voucher-save"
        >
          {t('books.voucher.save')}
        </Button>
      </Flex>
    </Flex>
  )
}
