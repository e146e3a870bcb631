import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Skeleton,
  Table,
  Tag,
} from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { applyFieldErrors } from '../../ui/useShowError'
import { useBooksContext } from '../books/BooksLayout'
import { useCreatePlan, useMembers, useShareEvent, useShares } from './collectiveQueries'
import { DecisionSelect, today } from './common'
import {
  shareEventKinds,
  type PlanBody,
  type ShareEventBody,
  type ShareEventKind,
  type Shares,
} from './types'

const planKinds = ['share_plan'] as const
const eventDecisionKinds = ['share_plan', 'distribution', 'other'] as const

type Holder = Shares['holders'][number]
type ShareEvent = Shares['events'][number]

/** Two decimals of a share of the total, computed on integers: 35 of 100 → "35.00%". */
function ratio(shares: number, total: number): string {
  if (total <= 0) return ''
  const bp = Math.round((shares * 10_000) / total)
  return `${String(Math.floor(bp / 100))}.${String(bp % 100).padStart(2, '0')}%`
}

/**
 * /books/:villageId/collective/shares: the plan (股权设置), each member's shares with the collective's
 * unallocated remainder adding up to the plan's total, the append-only history of share events and
 * the form for a grant, transfer, inheritance or buy-back (the server's refusal shown in place).
 */
export function SharesPage() {
  const { t } = useTranslation()
  const { villageId, book } = useBooksContext()
  const shares = useShares(villageId)

  if (shares.isError) return <ApiErrorAlert error={shares.error} onRetry={() => void shares.refetch()} />
  if (!shares.data) return <Skeleton active />
  const s = shares.data
  if (!s.plan)
    return (
      <Flex vertical gap={12} data-testid="collective-shares">
        <Tag data-testid="shares-no-plan">{t('collective.sharesPage.noPlan')}</Tag>
        {book.canWrite && <CreatePlan />}
      </Flex>
    )
  const plan = s.plan
  const held = s.holders.reduce((sum, h) => sum + h.shares, 0)
  return (
    <Flex vertical gap={16} data-testid="collective-shares">
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2, md: 4 }}
        title={t('collective.sharesPage.plan')}
        items={[
          { key: 'name', label: t('collective.sharesPage.planName'), children: plan.name },
          {
            key: 'total',
            label: t('collective.sharesPage.totalShares'),
            children: <span data-testid="shares-total">{plan.totalShares}</span>,
          },
          { key: 'effective', label: t('collective.sharesPage.effectiveOn'), children: plan.effectiveOn },
          { key: 'decision', label: t('collective.decision'), children: plan.decision.title },
        ]}
      />
      <Card size="small" title={t('collective.sharesPage.holdings')}>
        <Table<Holder>
          size="small"
          rowKey="memberId"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={s.holders}
          onRow={(h) => ({ 'data-testid': `holding-${h.name}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              key: 'name',
              title: t('collective.sharesPage.holder'),
              render: (_, h) => `${h.name}${h.status === 'active' ? '' : t('collective.sharesPage.ended')}`,
            },
            {
              key: 'shares',
              title: t('collective.shares'),
              align: 'right',
              render: (_, h) => <span data-testid="holding-shares">{h.shares}</span>,
            },
            {
              key: 'ratio',
              title: t('collective.sharesPage.ratio'),
              align: 'right',
              render: (_, h) => ratio(h.shares, plan.totalShares),
            },
          ]}
          summary={() => (
            <>
              <Table.Summary.Row data-testid="holding-collective">
                <Table.Summary.Cell index={0}>{t('collective.sharesPage.collective')}</Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  <span data-testid="holding-collective-shares">{s.collectiveShares}</span>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  {ratio(s.collectiveShares, plan.totalShares)}
                </Table.Summary.Cell>
              </Table.Summary.Row>
              <Table.Summary.Row className="tx-books-total" data-testid="holding-total">
                <Table.Summary.Cell index={0}>
                  {t('collective.sharesPage.total')}{' '}
                  {s.addsUp ? (
                    <Tag color="green" data-testid="shares-adds-up">
                      {t('collective.sharesPage.addsUp')}
                    </Tag>
                  ) : (
                    <Tag color="red" data-testid="shares-adds-up">
                      {t('collective.sharesPage.doesNotAddUp')}
                    </Tag>
                  )}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  <span data-testid="holding-total-shares">{held + s.collectiveShares}</span>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  {ratio(held + s.collectiveShares, plan.totalShares)}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            </>
          )}
        />
      </Card>
      {book.canWrite && <NewShareEvent />}
      <Card size="small" title={t('collective.sharesPage.events')}>
        <Table<ShareEvent>
          size="small"
          rowKey="seq"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          dataSource={[...s.events].reverse()}
          locale={{ emptyText: t('collective.sharesPage.emptyEvents') }}
          onRow={(e) =>
            ({ 'data-testid': `share-event-${String(e.seq)}` }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            { key: 'seq', title: t('collective.sharesPage.seq'), dataIndex: 'seq' },
            { key: 'happenedOn', title: t('collective.sharesPage.happenedOn'), dataIndex: 'happenedOn' },
            {
              key: 'kind',
              title: t('collective.sharesPage.kind'),
              render: (_, e) => t(`collective.sharesPage.kinds.${e.kind}`),
            },
            {
              key: 'from',
              title: t('collective.sharesPage.from'),
              render: (_, e) => e.from ?? t('collective.sharesPage.collective'),
            },
            {
              key: 'to',
              title: t('collective.sharesPage.to'),
              render: (_, e) => e.to ?? t('collective.sharesPage.collective'),
            },
            { key: 'shares', title: t('collective.shares'), dataIndex: 'shares', align: 'right' },
            { key: 'note', title: t('collective.sharesPage.note'), render: (_, e) => e.note ?? '' },
            { key: 'by', title: t('collective.sharesPage.recordedBy'), dataIndex: 'recordedBy' },
          ]}
        />
      </Card>
    </Flex>
  )
}

function CreatePlan() {
  const { t } = useTranslation()
  const { villageId, book } = useBooksContext()
  const create = useCreatePlan(villageId)
  const { message } = App.useApp()
  const [form] = Form.useForm<PlanBody>()
  const [unplaced, setUnplaced] = useState<FieldError[]>([])
  return (
    <Card size="small" title={t('collective.sharesPage.createPlan')}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          name: `${book.villageName.replace(/村$/, '')}股份经济合作社股权设置方案`,
          effectiveOn: today(),
        }}
        onFinish={(values) => {
          create.mutate(values, {
            onSuccess: () => {
              void message.success(t('collective.sharesPage.createPlan'))
            },
            onError: (error) => {
              setUnplaced(applyFieldErrors(error, form))
            },
          })
        }}
      >
        <Form.Item
          name="name"
          label={t('collective.sharesPage.planName')}
          rules={[{ required: true, min: 2 }]}
        >
          <Input maxLength={60} data-testid="plan-name" />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="totalShares"
            label={t('collective.sharesPage.totalShares')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={100_000_000} precision={0} data-testid="plan-total" />
          </Form.Item>
          <Form.Item
            name="effectiveOn"
            label={t('collective.sharesPage.effectiveOn')}
            rules={[{ required: true }]}
          >
            <Input type="date" data-testid="plan-effective" style={{ width: 170 }} />
          </Form.Item>
        </Flex>
        <Form.Item name="decisionId" label={t('collective.decision')} rules={[{ required: true }]}>
          <DecisionSelect villageId={villageId} kinds={planKinds} testId="plan-decision" />
        </Form.Item>
        {create.isError && (
          <ApiErrorAlert error={create.error} unplacedFields={unplaced} data-testid="plan-error" />
        )}
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="plan-submit">
          {t('collective.sharesPage.createPlan')}
        </Button>
      </Form>
    </Card>
  )
}

type EventForm = Omit<ShareEventBody, 'fromMemberId' | 'toMemberId' | 'decisionId' | 'note'> & {
  fromMemberId?: string
  toMemberId?: string
  decisionId?: string
  note?: string
}

/** Which sides an event of each kind has: the collective is the other side of a grant or a buy-back. */
const sides: Record<ShareEventKind, { from: boolean; to: boolean }> = {
  grant: { from: false, to: true },
  transfer: { from: true, to: true },
  inheritance: { from: true, to: true },
  buyback: { from: true, to: false },
}

function NewShareEvent() {
  const { t } = useTranslation()
  const { villageId } = useBooksContext()
  const record = useShareEvent(villageId)
  const members = useMembers(villageId, 'all')
  const { message } = App.useApp()
  const [form] = Form.useForm<EventForm>()
  const [unplaced, setUnplaced] = useState<FieldError[]>([])
  const watched = Form.useWatch('kind', form) as ShareEventKind | undefined
  const kind = watched ?? 'grant'
  const memberOptions = (members.data?.items ?? []).map((m) => ({
    value: m.id,
    label: `${m.name}${m.status === 'active' ? '' : t('collective.sharesPage.ended')} · ${t('collective.sharesUnit', { count: m.shares })}`,
  }))
  const memberSelect = (testId: string) => (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      style={{ minWidth: 200 }}
      data-testid={testId}
      placeholder={t('collective.sharesPage.memberPlaceholder')}
      options={memberOptions}
    />
  )
  return (
    <Card size="small" title={t('collective.sharesPage.newEvent')} data-testid="share-event-form">
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'grant', happenedOn: today() }}
        onValuesChange={() => {
          if (record.isError) record.reset()
        }}
        onFinish={(values) => {
          const s = sides[values.kind]
          const body: ShareEventBody = {
            kind: values.kind,
            shares: values.shares,
            happenedOn: values.happenedOn,
            ...(s.from && values.fromMemberId ? { fromMemberId: values.fromMemberId } : {}),
            ...(s.to && values.toMemberId ? { toMemberId: values.toMemberId } : {}),
            ...(values.decisionId ? { decisionId: values.decisionId } : {}),
            ...(values.note?.trim() ? { note: values.note.trim() } : {}),
          }
          record.mutate(body, {
            onSuccess: () => {
              void message.success(t('collective.sharesPage.recorded'))
              form.resetFields(['fromMemberId', 'toMemberId', 'shares', 'note'])
            },
            onError: (error) => {
              setUnplaced(applyFieldErrors(error, form))
            },
          })
        }}
      >
        <Flex gap={12} wrap>
          <Form.Item name="kind" label={t('collective.sharesPage.kind')} rules={[{ required: true }]}>
            <Select
              style={{ minWidth: 120 }}
              data-testid="share-event-kind"
              options={shareEventKinds.map((k) => ({
                value: k,
                label: t(`collective.sharesPage.kinds.${k}`),
              }))}
            />
          </Form.Item>
          {sides[kind].from && (
            <Form.Item
              name="fromMemberId"
              label={t('collective.sharesPage.fromMember')}
              rules={[{ required: true }]}
            >
              {memberSelect('share-event-from')}
            </Form.Item>
          )}
          {sides[kind].to && (
            <Form.Item
              name="toMemberId"
              label={t('collective.sharesPage.toMember')}
              rules={[{ required: true }]}
            >
              {memberSelect('share-event-to')}
            </Form.Item>
          )}
          <Form.Item name="shares" label={t('collective.shares')} rules={[{ required: true }]}>
            <InputNumber min={1} max={100_000_000} precision={0} data-testid="share-event-shares" />
          </Form.Item>
          <Form.Item
            name="happenedOn"
            label={t('collective.sharesPage.happenedOn')}
            rules={[{ required: true }]}
          >
            <Input type="date" data-testid="share-event-date" style={{ width: 170 }} />
          </Form.Item>
        </Flex>
        <Form.Item name="decisionId" label={t('collective.sharesPage.decisionOptional')}>
          <DecisionSelect
            villageId={villageId}
            kinds={eventDecisionKinds}
            testId="share-event-decision"
            allowClear
          />
        </Form.Item>
        <Form.Item name="note" label={t('collective.sharesPage.note')}>
          <Input maxLength={200} data-testid="share-event-note" />
        </Form.Item>
        {record.isError && (
          <ApiErrorAlert error={record.error} unplacedFields={unplaced} data-testid="share-event-error" />
        )}
        <Button type="primary" htmlType="submit" loading={record.isPending} data-testid="share-event-submit">
          {t('collective.sharesPage.newEvent')}
        </Button>
      </Form>
    </Card>
  )
}
