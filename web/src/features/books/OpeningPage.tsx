import { InboxOutlined } from '@ant-design/icons'
import {
  Alert,
  Button,
  Collapse,
  Flex,
  Form,
  Input,
  Popconfirm,
  Radio,
  Select,
  Skeleton,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useShowError } from '../../ui/useShowError'
import { DownloadButton } from '../registry/DownloadButton'
import { Amount } from './Amount'
import { useBooksContext } from './BooksLayout'
import {
  useAccounts,
  useConfirmOpening,
  useImportLegacy,
  useLegacyMapping,
  useOpening,
  usePutOpeningLine,
  type MappingChoice,
} from './booksQueries'
import { HouseholdPicker, type PickedHousehold } from './HouseholdPicker'
import { fenToInput, parseYuan, periodZh } from './money'
import type { Account, LegacyImportMode, LegacyImportResult, Opening } from './types'

const modes: LegacyImportMode[] = ['check', 'good_rows', 'all_or_nothing']

/**
 * /books/:villageId/opening: 期初余额 — the balances the books start from, entered by hand or
 * imported from the 2004-system trial balance through the mapping; confirmed once they balance, and
 * read-only from then on.
 */
export function OpeningPage() {
  const { t } = useTranslation()
  const { villageId, book } = useBooksContext()
  const opening = useOpening(villageId)
  const accounts = useAccounts(villageId)
  const confirm = useConfirmOpening(villageId)
  const showError = useShowError()

  if (opening.isError) return <ApiErrorAlert error={opening.error} onRetry={() => void opening.refetch()} />
  if (!opening.data) return <Skeleton active />
  const o = opening.data
  const writable = o.canWrite && o.editable
  const leaves = (accounts.data?.items ?? []).filter((a) => a.leaf && a.active)

  return (
    <Flex vertical gap={16} data-testid="books-opening">
      <Flex gap={12} align="center" wrap>
        <Typography.Text>{t('books.opening.asOf', { period: periodZh(book.startPeriod) })}</Typography.Text>
        <Tag color={o.state === 'confirmed' ? 'green' : 'blue'} data-testid="opening-state">
          {t(`books.opening.states.${o.state}`)}
        </Tag>
        {o.confirmedBy && (
          <Typography.Text type="secondary">
            {t('books.opening.confirmedBy', { name: o.confirmedBy })}
          </Typography.Text>
        )}
      </Flex>
      {o.frozenReasonZh && o.state !== 'confirmed' && <Alert type="info" showIcon title={o.frozenReasonZh} />}
      {writable && <ImportCard villageId={villageId} leaves={leaves} />}
      {writable && <EntryForm villageId={villageId} leaves={leaves} />}
      <LinesTable villageId={villageId} opening={o} writable={writable} />
      <Flex gap={12} align="center" wrap data-testid="opening-totals">
        <Typography.Text>
          {t('books.opening.debitTotal')} <Amount fen={o.totals.debitFen} testId="opening-debit-total" />
        </Typography.Text>
        <Typography.Text>
          {t('books.opening.creditTotal')} <Amount fen={o.totals.creditFen} testId="opening-credit-total" />
        </Typography.Text>
        {o.balanced ? (
          <Tag color="green" data-testid="opening-balance-check">
            {t('books.opening.balanced')}
          </Tag>
        ) : (
          <Tag color="red" data-testid="opening-balance-check">
            {t('books.opening.difference', {
              amount: fenToInput(Math.abs(o.totals.differenceFen)),
            })}
          </Tag>
        )}
        {o.canWrite && o.confirmable && (
          <Popconfirm
            title={t('books.opening.confirmTitle')}
            description={t('books.opening.confirmText')}
            okButtonProps={{ 'data-testid': 'opening-confirm-ok' }}
            onConfirm={() => {
              confirm.mutate(o.version, {
                onError: (error) => {
                  showError(error)
                },
              })
            }}
          >
            <Button
              type="primary"
              data-testid="opening-confirm"
              disabled={!o.balanced}
              loading={confirm.isPending}
            >
              {t('books.opening.confirm')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
    </Flex>
  )
}

function LinesTable({
  villageId,
  opening,
  writable,
}: {
  villageId: string
  opening: Opening
  writable: boolean
}) {
  const { t } = useTranslation()
  const put = usePutOpeningLine(villageId)
  const showError = useShowError()
  return (
    <Table
      data-testid="opening-lines"
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={opening.lines}
      locale={{ emptyText: t('books.opening.empty') }}
      onRow={(line) => ({ 'data-testid': `opening-line-${line.accountCode}` }) as never}
      columns={[
        { title: t('books.opening.account'), render: (_, l) => `${l.accountCode} ${l.accountName}` },
        {
          title: t('books.opening.household'),
          dataIndex: 'householdLabel',
          render: (v: string | null) => v ?? '',
        },
        {
          title: t('books.opening.debit'),
          className: 'tx-books-num',
          render: (_, l) => <Amount fen={l.debitFen} blankZero />,
        },
        {
          title: t('books.opening.credit'),
          className: 'tx-books-num',
          render: (_, l) => <Amount fen={l.creditFen} blankZero />,
        },
        {
          title: t('books.opening.source'),
          render: (_, l) =>
            l.source === 'import'
              ? t('books.opening.imported', { codes: l.legacyCodes ?? '' })
              : t('books.opening.manual'),
        },
        ...(writable
          ? [
              {
                title: '',
                render: (_: unknown, l: Opening['lines'][number]) => (
                  <Button
                    size="small"
                    type="link"
                    danger
                    data-testid="opening-line-remove"
                    onClick={() => {
                      put.mutate(
                        { accountCode: l.accountCode, householdId: l.householdId },
                        { onError: (error) => showError(error) },
                      )
                    }}
                  >
                    {t('books.opening.remove')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  )
}

interface EntryValues {
  accountCode: string
  debit?: string
  credit?: string
}

function EntryForm({ villageId, leaves }: { villageId: string; leaves: Account[] }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<EntryValues>()
  const put = usePutOpeningLine(villageId)
  const showError = useShowError()
  const [household, setHousehold] = useState<PickedHousehold | null>(null)
  const accountCode = Form.useWatch('accountCode', form)
  const perHousehold = leaves.find((a) => a.code === accountCode)?.perHousehold ?? false
  const amountRule = {
    validator: (_: unknown, value: string | undefined) =>
      !value || parseYuan(value) !== null
        ? Promise.resolve()
        : Promise.reject(new Error(t('books.voucher.badAmount'))),
  }
  return (
    <Form
      form={form}
      layout="inline"
      data-testid="opening-entry"
      onFinish={(values) => {
        const debitFen = values.debit ? (parseYuan(values.debit) ?? 0) : 0
        const creditFen = values.credit ? (parseYuan(values.credit) ?? 0) : 0
        put.mutate(
          {
            accountCode: values.accountCode,
            householdId: perHousehold ? (household?.id ?? null) : null,
            debitFen,
            creditFen,
          },
          {
            onSuccess: () => {
              form.resetFields()
              setHousehold(null)
            },
            onError: (error) => {
              showError(error)
            },
          },
        )
      }}
    >
      <Form.Item name="accountCode" label={t('books.opening.account')} rules={[{ required: true }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 240 }}
          data-testid="opening-entry-account"
          placeholder={t('books.voucher.accountPlaceholder')}
          options={leaves.map((a) => ({ value: a.code, label: `${a.code} ${a.name}` }))}
        />
      </Form.Item>
      {perHousehold && (
        <Form.Item label={t('books.opening.household')}>
          <div style={{ width: 220 }}>
            <HouseholdPicker
              value={household}
              onChange={setHousehold}
              onProblem={(m) => showError(new Error(m))}
            />
          </div>
        </Form.Item>
      )}
      <Form.Item name="debit" label={t('books.opening.debit')} rules={[amountRule]}>
        <Input style={{ width: 140 }} inputMode="decimal" data-testid="opening-entry-debit" />
      </Form.Item>
      <Form.Item name="credit" label={t('books.opening.credit')} rules={[amountRule]}>
        <Input style={{ width: 140 }} inputMode="decimal" data-testid="opening-entry-credit" />
      </Form.Item>
      <Form.Item>
        <Button htmlType="submit" loading={put.isPending} data-testid="opening-entry-save">
          {t('books.opening.save')}
        </Button>
      </Form.Item>
    </Form>
  )
}

function ImportCard({ villageId, leaves }: { villageId: string; leaves: Account[] }) {
  const { t } = useTranslation()
  const [mode, setMode] = useState<LegacyImportMode>('good_rows')
  const [file, setFile] = useState<File | null>(null)
  const [choices, setChoices] = useState<Record<string, string>>({})
  const [showMapping, setShowMapping] = useState(false)
  const mapping = useLegacyMapping(villageId, showMapping)
  const start = useImportLegacy(villageId)
  const [result, setResult] = useState<LegacyImportResult | null>(null)
  const chosen: MappingChoice[] = useMemo(
    () =>
      Object.entries(choices)
        .filter(([, code]) => code !== '')
        .map(([legacyCode, accountCode]) => ({ legacyCode, accountCode })),
    [choices],
  )
  return (
    <Collapse
      defaultActiveKey={['import']}
      items={[
        {
          key: 'import',
          label: t('books.opening.import.title'),
          children: (
            <Flex vertical gap={12} data-testid="opening-import">
              <Flex gap={12} align="center" wrap>
                <DownloadButton
                  data-testid="opening-template"
                  url={`/api/v1/villages/${villageId}/books/opening/template.xlsx`}
                  fileName="期初余额导入模板（2004年制度）.xlsx"
                >
                  {t('books.opening.import.template')}
                </DownloadButton>
                <Typography.Text type="secondary">{t('books.opening.import.templateHint')}</Typography.Text>
              </Flex>
              <Collapse
                size="small"
                onChange={(keys) => {
                  setShowMapping(keys.length > 0)
                }}
                items={[
                  {
                    key: 'mapping',
                    label: t('books.opening.import.mapping'),
                    children: mapping.data ? (
                      <Table
                        size="small"
                        rowKey="legacyCode"
                        pagination={false}
                        dataSource={mapping.data.items}
                        data-testid="opening-mapping"
                        columns={[
                          {
                            title: t('books.opening.import.legacy'),
                            render: (_, m) => `${m.legacyCode} ${m.legacyName}`,
                          },
                          {
                            title: t('books.opening.import.target'),
                            render: (_, m) => (
                              <Select
                                allowClear
                                showSearch={{ optionFilterProp: 'label' }}
                                style={{ width: 220 }}
                                placeholder={
                                  m.accountCode
                                    ? `${m.accountCode} ${m.accountName ?? ''}${m.subAccountName ? ` / ${m.subAccountName}` : ''}`
                                    : t('books.opening.import.choose')
                                }
                                value={choices[m.legacyCode] || undefined}
                                onChange={(code?: string) => {
                                  setChoices((old) => ({ ...old, [m.legacyCode]: code ?? '' }))
                                }}
                                options={leaves.map((a) => ({ value: a.code, label: `${a.code} ${a.name}` }))}
                              />
                            ),
                          },
                          { title: t('books.opening.import.note'), dataIndex: 'noteZh' },
                        ]}
                      />
                    ) : (
                      <Skeleton active />
                    ),
                  },
                ]}
              />
              <Radio.Group
                data-testid="opening-import-mode"
                value={mode}
                onChange={(event) => {
                  setMode(event.target.value as LegacyImportMode)
                }}
              >
                <Flex vertical gap={4}>
                  {modes.map((value) => (
                    <Radio key={value} value={value} data-testid={`opening-import-mode-${value}`}>
                      <Typography.Text strong>{t(`books.opening.import.modes.${value}`)}</Typography.Text>
                      <Typography.Text type="secondary">
                        {' '}
                        — {t(`books.opening.import.modeHints.${value}`)}
                      </Typography.Text>
                    </Radio>
                  ))}
                </Flex>
              </Radio.Group>
              <Upload.Dragger
                accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                maxCount={1}
                fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done' }] : []}
                beforeUpload={(picked) => {
                  setFile(picked)
                  start.reset()
                  setResult(null)
                  return false
                }}
                onRemove={() => {
                  setFile(null)
                }}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t('books.opening.import.drop')}</p>
              </Upload.Dragger>
              {start.isError && <ApiErrorAlert error={start.error} />}
              <div>
                <Button
                  type="primary"
                  data-testid="opening-import-start"
                  disabled={!file}
                  loading={start.isPending}
                  onClick={() => {
                    if (!file) return
                    start.mutate(
                      { mode, mapping: chosen, file },
                      {
                        onSuccess: (r) => {
                          setResult(r)
                          if (r.committed) setFile(null)
                        },
                      },
                    )
                  }}
                >
                  {t('books.opening.import.start')}
                </Button>
              </div>
              {result && <ImportReport result={result} />}
            </Flex>
          ),
        },
      ]}
    />
  )
}

function ImportReport({ result }: { result: LegacyImportResult }) {
  const { t } = useTranslation()
  return (
    <Flex vertical gap={8} data-testid="opening-import-result">
      <Alert
        type={result.errors.length === 0 ? 'success' : result.committed ? 'warning' : 'error'}
        showIcon
        data-testid="opening-import-summary"
        title={t(result.committed ? 'books.opening.import.committed' : 'books.opening.import.notCommitted', {
          total: result.totalRows,
          good: result.goodRows,
          bad: result.badRows,
        })}
        description={
          result.createdAccounts.length > 0
            ? t('books.opening.import.created', {
                accounts: result.createdAccounts.map((a) => `${a.code} ${a.name}`).join('、'),
              })
            : undefined
        }
      />
      {result.errors.length > 0 && (
        <Table
          size="small"
          data-testid="opening-import-errors"
          rowKey={(e) => `${String(e.row)}-${e.column ?? ''}-${e.reasonZh}`}
          pagination={false}
          dataSource={result.errors}
          onRow={(e) => ({ 'data-testid': `opening-import-error-${String(e.row)}` }) as never}
          columns={[
            { title: t('books.opening.import.row'), dataIndex: 'row', width: 70 },
            { title: t('books.opening.import.column'), dataIndex: 'column', width: 100 },
            { title: t('books.opening.import.value'), dataIndex: 'value', width: 120 },
            { title: t('books.opening.import.reason'), dataIndex: 'reasonZh' },
          ]}
        />
      )}
    </Flex>
  )
}
