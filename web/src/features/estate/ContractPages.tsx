import { PlusOutlined } from '@ant-design/icons'
import {
  App,
  Button,
  Descriptions,
  Flex,
  Form,
  Input,
  Segmented,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useShowError } from '../../ui/useShowError'
import { Amount } from '../books/Amount'
import { fenToInput, parseYuan } from '../books/money'
import { NotFoundPage } from '../shell/NotFoundPage'
import { today } from './Common'
import { useEstateContext } from './EstateLayout'
import {
  useAddContract,
  useAssets,
  useContract,
  useContracts,
  useContractStep,
  useParcels,
  type Contract,
  type ContractBody,
  type ContractSummary,
} from './estateQueries'

function Flags({ c }: { c: Pick<ContractSummary, 'expiring' | 'overdue'> }) {
  const { t } = useTranslation()
  return (
    <>
      {c.expiring && (
        <Tag color="orange" data-testid="contract-expiring">
          {t('estate.contracts.expiring')}
        </Tag>
      )}
      {c.overdue && (
        <Tag color="red" data-testid="contract-overdue">
          {t('estate.contracts.overdue')}
        </Tag>
      )}
    </>
  )
}

/** /estate/:villageId/contracts: the register, with 临期 and 逾期 computed now, and a filter. */
export function ContractsPage() {
  const { t } = useTranslation()
  const { villageId } = useEstateContext()
  const [params, setParams] = useSearchParams()
  const flagParam = params.get('flag')
  const flag = flagParam === 'expiring' || flagParam === 'overdue' ? flagParam : undefined
  const contracts = useContracts(villageId, flag)
  if (contracts.isError && isApiError(contracts.error) && contracts.error.status === 404)
    return <NotFoundPage />
  if (contracts.isError)
    return <ApiErrorAlert error={contracts.error} onRetry={() => void contracts.refetch()} />
  if (!contracts.data) return <Skeleton active />
  const data = contracts.data
  return (
    <Flex vertical gap={12} data-testid="estate-contracts">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space>
          <Segmented
            data-testid="contract-filter"
            value={flag ?? 'all'}
            onChange={(v) => {
              setParams(v === 'all' ? {} : { flag: v })
            }}
            options={(['all', 'expiring', 'overdue'] as const).map((k) => ({
              value: k,
              label: t(`estate.contracts.filter.${k}`),
            }))}
          />
          <Typography.Text type="secondary" data-testid="contract-counts">
            {t('estate.contracts.counts', data.counts)}
          </Typography.Text>
        </Space>
        {data.canWrite && (
          <Link to={`/estate/${villageId}/contracts/new`}>
            <Button icon={<PlusOutlined />} data-testid="contract-add">
              {t('estate.contracts.add')}
            </Button>
          </Link>
        )}
      </Flex>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data.items}
        onRow={(c) => ({ 'data-testid': `contract-row-${c.number}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'number',
            title: t('estate.contracts.number'),
            render: (_, c) => <Link to={`/estate/${villageId}/contracts/${c.id}`}>{c.number}</Link>,
          },
          {
            key: 'kind',
            title: t('estate.contracts.kind'),
            render: (_, c) => t(`estate.contractKinds.${c.kind}`),
          },
          { key: 'party', title: t('estate.contracts.counterparty'), dataIndex: 'counterpartyName' },
          { key: 'subject', title: t('estate.contracts.subject'), dataIndex: 'subject' },
          {
            key: 'term',
            title: t('estate.contracts.period'),
            render: (_, c) => `${c.startsOn} ~ ${c.endsOn}`,
          },
          {
            key: 'total',
            title: t('estate.contracts.total'),
            align: 'right',
            render: (_, c) => <Amount fen={c.totalFen} />,
          },
          {
            key: 'received',
            title: t('estate.contracts.received'),
            align: 'right',
            render: (_, c) => <Amount fen={c.receivedFen} />,
          },
          {
            key: 'state',
            title: t('estate.contracts.state'),
            render: (_, c) => (
              <>
                <Tag>{c.stateZh}</Tag>
                <Flags c={c} />
              </>
            ),
          },
        ]}
      />
    </Flex>
  )
}

interface NewForm {
  number: string
  kind: ContractBody['kind']
  counterpartyName: string
  counterpartyType: ContractBody['counterpartyType']
  counterpartyPhone?: string
  assetCardIds?: string[]
  parcelIds?: string[]
  startsOn: string
  endsOn: string
  annualRent: string
  frequency: ContractBody['frequency']
  total?: string
}

/** /estate/:villageId/contracts/new: a draft contract; the server generates the schedule. */
export function NewContractPage() {
  const { t } = useTranslation()
  const { villageId } = useEstateContext()
  const assets = useAssets(villageId)
  const parcels = useParcels(villageId)
  const add = useAddContract(villageId)
  const showError = useShowError()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const [form] = Form.useForm<NewForm>()
  return (
    <Form
      form={form}
      layout="vertical"
      style={{ maxWidth: 640 }}
      data-testid="contract-new"
      initialValues={{ kind: 'lease', counterpartyType: 'company', frequency: 'annual' }}
      onFinish={(v) => {
        const annual = parseYuan(v.annualRent)
        const total = v.total ? parseYuan(v.total) : undefined
        if (annual === null || total === null) {
          form.setFields([
            { name: annual === null ? 'annualRent' : 'total', errors: [t('estate.contracts.amount')] },
          ])
          return
        }
        add.mutate(
          {
            number: v.number,
            kind: v.kind,
            counterpartyName: v.counterpartyName,
            counterpartyType: v.counterpartyType,
            ...(v.counterpartyPhone ? { counterpartyPhone: v.counterpartyPhone } : {}),
            assetCardIds: v.assetCardIds ?? [],
            parcelIds: v.parcelIds ?? [],
            startsOn: v.startsOn,
            endsOn: v.endsOn,
            annualRentFen: annual,
            frequency: v.frequency,
            ...(total !== undefined ? { totalFen: total } : {}),
          },
          {
            onSuccess: (c) => {
              void message.success(t('estate.contracts.created'))
              void navigate(`/estate/${villageId}/contracts/${c.id}`)
            },
            onError: (e) => {
              showError(e, form)
            },
          },
        )
      }}
    >
      <Typography.Title level={5}>{t('estate.contracts.add')}</Typography.Title>
      <Form.Item name="number" label={t('estate.contracts.number')} rules={[{ required: true }]}>
        <Input maxLength={40} data-testid="contract-number" />
      </Form.Item>
      <Form.Item name="kind" label={t('estate.contracts.kind')} rules={[{ required: true }]}>
        <Select
          options={(['lease', 'contracting', 'other'] as const).map((k) => ({
            value: k,
            label: t(`estate.contractKinds.${k}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="counterpartyName"
        label={t('estate.contracts.counterparty')}
        rules={[{ required: true }]}
      >
        <Input maxLength={60} data-testid="contract-party" />
      </Form.Item>
      <Form.Item name="counterpartyType" label={t('estate.contracts.counterpartyType')}>
        <Select
          options={(['company', 'individual'] as const).map((k) => ({
            value: k,
            label: t(`estate.contracts.types.${k}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="counterpartyPhone" label={t('estate.contracts.phone')}>
        <Input maxLength={20} data-testid="contract-phone" />
      </Form.Item>
      <Form.Item name="assetCardIds" label={t('estate.contracts.assets')}>
        <Select
          mode="multiple"
          data-testid="contract-assets"
          showSearch={{ optionFilterProp: 'label' }}
          options={(assets.data?.items ?? [])
            .filter((a) => a.status !== 'disposed')
            .map((a) => ({ value: a.id, label: `${a.number} ${a.name}` }))}
        />
      </Form.Item>
      <Form.Item name="parcelIds" label={t('estate.contracts.parcels')}>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={(parcels.data?.items ?? [])
            .filter((p) => p.status !== 'expropriated')
            .map((p) => ({ value: p.id, label: `${p.number} ${p.name}` }))}
        />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item name="startsOn" label={t('estate.contracts.startsOn')} rules={[{ required: true }]}>
          <Input type="date" data-testid="contract-starts" />
        </Form.Item>
        <Form.Item name="endsOn" label={t('estate.contracts.endsOn')} rules={[{ required: true }]}>
          <Input type="date" data-testid="contract-ends" />
        </Form.Item>
      </Flex>
      <Form.Item name="annualRent" label={t('estate.contracts.annualRent')} rules={[{ required: true }]}>
        <Input inputMode="decimal" data-testid="contract-rent" />
      </Form.Item>
      <Form.Item name="frequency" label={t('estate.contracts.frequency')}>
        <Select
          data-testid="contract-frequency"
          options={(['once', 'annual', 'semiannual', 'quarterly', 'monthly'] as const).map((k) => ({
            value: k,
            label: t(`estate.frequencies.${k}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="total" label={t('estate.contracts.total')} extra={t('estate.contracts.totalHint')}>
        <Input inputMode="decimal" data-testid="contract-total" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="contract-submit">
        {t('estate.save')}
      </Button>
    </Form>
  )
}

/** /estate/:villageId/contracts/:id: the contract, its schedule (editable until signed), receipts. */
export function ContractPage() {
  const { villageId } = useEstateContext()
  const { id = '' } = useParams()
  const contract = useContract(villageId, id)
  if (contract.isError && isApiError(contract.error) && contract.error.status === 404) return <NotFoundPage />
  if (contract.isError) return <ApiErrorAlert error={contract.error} />
  if (!contract.data) return <Skeleton active />
  return <ContractDetail c={contract.data} />
}

function ContractDetail({ c }: { c: Contract }) {
  const { t } = useTranslation()
  const { villageId } = useEstateContext()
  const step = useContractStep(villageId, c.id)
  const showError = useShowError()
  const { message } = App.useApp()
  const [rows, setRows] = useState(() =>
    c.instalments.map((i) => ({ dueOn: i.dueOn, amount: fenToInput(i.amountFen) })),
  )
  useEffect(() => {
    setRows(c.instalments.map((i) => ({ dueOn: i.dueOn, amount: fenToInput(i.amountFen) })))
  }, [c.instalments])
  const [signedOn, setSignedOn] = useState(today())
  const [receiptForm] = Form.useForm<{ receivedOn: string; amount: string; method: 'bank' | 'cash' }>()
  const draft = c.state === 'draft'
  return (
    <Flex vertical gap={12} data-testid="contract-page">
      <Link to={`/estate/${villageId}/contracts`}>{t('estate.back')}</Link>
      <Descriptions
        bordered
        size="small"
        column={2}
        items={[
          {
            key: 'n',
            label: t('estate.contracts.number'),
            children: <span data-testid="contract-number-view">{c.number}</span>,
          },
          {
            key: 's',
            label: t('estate.contracts.state'),
            children: (
              <>
                <Tag data-testid="contract-state">{c.stateZh}</Tag>
                <Flags c={c} />
              </>
            ),
          },
          { key: 'k', label: t('estate.contracts.kind'), children: c.kindZh },
          {
            key: 'p',
            label: t('estate.contracts.counterparty'),
            children: `${c.counterpartyName}（${t(`estate.contracts.types.${c.counterpartyType}`)}）${c.counterpartyPhone ?? ''}`,
          },
          { key: 'sub', label: t('estate.contracts.subject'), children: c.subject, span: 2 },
          { key: 'term', label: t('estate.contracts.period'), children: `${c.startsOn} ~ ${c.endsOn}` },
          { key: 'f', label: t('estate.contracts.frequency'), children: c.frequencyZh },
          { key: 'a', label: t('estate.contracts.annualRent'), children: <Amount fen={c.annualRentFen} /> },
          { key: 't', label: t('estate.contracts.total'), children: <Amount fen={c.totalFen} /> },
          {
            key: 'r',
            label: t('estate.contracts.received'),
            children: <Amount fen={c.receivedFen} testId="contract-received" />,
          },
          { key: 'o', label: t('estate.contracts.overdueAmount'), children: <Amount fen={c.overdueFen} /> },
        ]}
      />
      <Typography.Title level={5}>{t('estate.contracts.schedule')}</Typography.Title>
      <Table
        size="small"
        rowKey="seq"
        pagination={false}
        data-testid="contract-schedule"
        dataSource={c.instalments}
        columns={[
          { key: 'seq', title: t('estate.contracts.seq'), dataIndex: 'seq', width: 60 },
          {
            key: 'due',
            title: t('estate.contracts.dueOn'),
            render: (_, i, n) =>
              draft && c.canWrite ? (
                <Input
                  type="date"
                  value={rows[n]?.dueOn}
                  onChange={(e) => {
                    setRows(rows.map((r, k) => (k === n ? { ...r, dueOn: e.target.value } : r)))
                  }}
                />
              ) : (
                i.dueOn
              ),
          },
          {
            key: 'amount',
            title: t('estate.contracts.amount'),
            align: 'right',
            render: (_, i, n) =>
              draft && c.canWrite ? (
                <Input
                  value={rows[n]?.amount}
                  inputMode="decimal"
                  data-testid={`instalment-amount-${String(n + 1)}`}
                  onChange={(e) => {
                    setRows(rows.map((r, k) => (k === n ? { ...r, amount: e.target.value } : r)))
                  }}
                />
              ) : (
                <Amount fen={i.amountFen} />
              ),
          },
          {
            key: 'received',
            title: t('estate.contracts.instalmentReceived'),
            align: 'right',
            render: (_, i) => (
              <>
                <Amount fen={i.receivedFen} />{' '}
                {i.overdue && <Tag color="red">{t('estate.contracts.overdue')}</Tag>}
              </>
            ),
          },
        ]}
      />
      {draft && c.canWrite && (
        <Space wrap>
          <Button
            data-testid="schedule-save"
            loading={step.isPending}
            onClick={() => {
              step.mutate(
                {
                  kind: 'schedule',
                  instalments: rows.map((r) => ({ dueOn: r.dueOn, amountFen: parseYuan(r.amount) ?? 0 })),
                  version: c.version,
                },
                {
                  onError: (e) => {
                    showError(e)
                  },
                },
              )
            }}
          >
            {t('estate.contracts.saveSchedule')}
          </Button>
          <span>{t('estate.contracts.signedOn')}</span>
          <Input
            type="date"
            style={{ width: 170 }}
            value={signedOn}
            data-testid="contract-signed-on"
            onChange={(e) => {
              setSignedOn(e.target.value)
            }}
          />
          <Button
            type="primary"
            data-testid="contract-sign"
            loading={step.isPending}
            onClick={() => {
              step.mutate(
                { kind: 'sign', signedOn, version: c.version },
                {
                  onError: (e) => {
                    showError(e)
                  },
                },
              )
            }}
          >
            {t('estate.contracts.sign')}
          </Button>
        </Space>
      )}
      <Typography.Title level={5}>{t('estate.contracts.receipts')}</Typography.Title>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={c.receipts}
        data-testid="contract-receipts"
        columns={[
          { key: 'on', title: t('estate.contracts.receivedOn'), dataIndex: 'receivedOn' },
          {
            key: 'amount',
            title: t('estate.contracts.receiptAmount'),
            align: 'right',
            render: (_, r) => <Amount fen={r.amountFen} />,
          },
          {
            key: 'method',
            title: t('estate.contracts.method'),
            render: (_, r) => t(`estate.contracts.methods.${r.method}`),
          },
          {
            key: 'current',
            title: t('estate.contracts.current'),
            align: 'right',
            render: (_, r) => <Amount fen={r.currentFen} />,
          },
          {
            key: 'advance',
            title: t('estate.contracts.advance'),
            align: 'right',
            render: (_, r) => <Amount fen={r.advanceFen} testId="receipt-advance" />,
          },
          {
            key: 'voucher',
            title: t('estate.contracts.voucher'),
            render: (_, r) =>
              r.voucherId ? (
                <Link to={`/books/${villageId}/vouchers/${r.voucherId}`} data-testid="receipt-voucher">
                  {t('estate.contracts.voucherDraft')}
                </Link>
              ) : null,
          },
          { key: 'by', title: '', dataIndex: 'by' },
        ]}
      />
      {c.releases.length > 0 && (
        <Table
          size="small"
          rowKey="year"
          pagination={false}
          dataSource={c.releases}
          title={() => t('estate.contracts.releases')}
          columns={[
            { key: 'year', title: t('estate.contracts.year'), dataIndex: 'year' },
            {
              key: 'amount',
              title: t('estate.contracts.amount'),
              align: 'right',
              render: (_, r) => <Amount fen={r.amountFen} />,
            },
            {
              key: 'voucher',
              title: t('estate.contracts.voucher'),
              render: (_, r) =>
                r.voucherId ? (
                  <Link to={`/books/${villageId}/vouchers/${r.voucherId}`}>
                    {t('estate.contracts.voucher')}
                  </Link>
                ) : null,
            },
          ]}
        />
      )}
      {c.state === 'signed' &&
        c.canWrite &&
        c.receipts.some((r) => r.advanceFen > 0) &&
        !c.releases.some((r) => r.year === Number(today().slice(0, 4))) &&
        Number(today().slice(0, 4)) > Number(c.receipts[0]?.receivedOn.slice(0, 4) ?? '9999') && (
          <Flex>
            <Button
              data-testid="contract-release"
              loading={step.isPending}
              onClick={() => {
                step.mutate(
                  { kind: 'release', year: Number(today().slice(0, 4)) },
                  {
                    onError: (e) => {
                      showError(e)
                    },
                  },
                )
              }}
            >
              {t('estate.contracts.release', { year: today().slice(0, 4) })}
            </Button>
          </Flex>
        )}
      {c.state === 'signed' && c.canWrite && c.receivedFen < c.totalFen && (
        <Form
          form={receiptForm}
          layout="inline"
          data-testid="receipt-form"
          initialValues={{ receivedOn: today(), method: 'bank' }}
          onFinish={(v) => {
            const fen = parseYuan(v.amount)
            if (fen === null || fen <= 0) {
              receiptForm.setFields([{ name: 'amount', errors: [t('estate.contracts.receiptAmount')] }])
              return
            }
            step.mutate(
              { kind: 'receipt', receivedOn: v.receivedOn, amountFen: fen, method: v.method },
              {
                onSuccess: () => {
                  void message.success(t('estate.contracts.receiptRecorded'))
                  receiptForm.resetFields()
                },
                onError: (e) => {
                  showError(e, receiptForm)
                },
              },
            )
          }}
        >
          <Form.Item name="receivedOn" label={t('estate.contracts.receivedOn')} rules={[{ required: true }]}>
            <Input type="date" data-testid="receipt-on" />
          </Form.Item>
          <Form.Item name="amount" label={t('estate.contracts.receiptAmount')} rules={[{ required: true }]}>
            <Input inputMode="decimal" data-testid="receipt-amount" />
          </Form.Item>
          <Form.Item name="method" label={t('estate.contracts.method')}>
            <Select
              style={{ width: 120 }}
              options={(['bank', 'cash'] as const).map((m) => ({
                value: m,
                label: t(`estate.contracts.methods.${m}`),
              }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={step.isPending} data-testid="receipt-submit">
            {t('estate.contracts.receive')}
          </Button>
        </Form>
      )}
    </Flex>
  )
}
