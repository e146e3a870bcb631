import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Skeleton,
  Table,
  Tag,
} from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { FieldError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { applyFieldErrors } from '../../ui/useShowError'
import { Amount } from '../books/Amount'
import { useBooksContext } from '../books/BooksLayout'
import { useDistributionStep, useDistributions, useDraftDistribution } from './collectiveQueries'
import { bpToPercent, DecisionSelect, percentToBp } from './common'
import type { Distribution } from './types'

const distributionKinds = ['distribution'] as const
type Payout = Distribution['payouts'][number]

/**
 * /books/:villageId/collective/distributions: the years' distributions (收益分配). A draft is drawn
 * up from the books' 可分配收益 with the village's ratios (typed in percent, sent in basis points);
 * its payout list splits the members' pool by shares and adds up to it; a 收益分配 decision
 * approves it; posting makes a draft voucher on 31 December, opened from here on the books desk.
 */
export function DistributionsPage() {
  const { t } = useTranslation()
  const { villageId, book } = useBooksContext()
  const list = useDistributions(villageId)

  if (list.isError) return <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />
  if (!list.data) return <Skeleton active />
  return (
    <Flex vertical gap={16} data-testid="collective-distributions">
      {book.canWrite && <DraftForm />}
      {list.data.items.length === 0 && <Tag>{t('collective.distributions.empty')}</Tag>}
      {list.data.items.map((d) => (
        <DistributionCard key={d.id} d={d} />
      ))}
    </Flex>
  )
}

interface DraftValues {
  year: number
  provident: string
  member: string
}

function DraftForm() {
  const { t } = useTranslation()
  const { villageId } = useBooksContext()
  const draft = useDraftDistribution(villageId)
  const { message } = App.useApp()
  const [form] = Form.useForm<DraftValues>()
  const [unplaced, setUnplaced] = useState<FieldError[]>([])
  const pct = (name: 'provident' | 'member', testId: string) => (
    <Form.Item
      name={name}
      label={t(`collective.distributions.${name === 'provident' ? 'providentPct' : 'memberPct'}`)}
      extra={t('collective.distributions.pctHint')}
      rules={[
        { required: true },
        {
          validator: (_, value: string | undefined) =>
            value === undefined || value === '' || percentToBp(value) !== null
              ? Promise.resolve()
              : Promise.reject(new Error(t('collective.distributions.badPct'))),
        },
      ]}
    >
      <Input inputMode="decimal" suffix="%" style={{ width: 160 }} data-testid={testId} />
    </Form.Item>
  )
  return (
    <Card size="small" title={t('collective.distributions.draft')} data-testid="distribution-draft">
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year: new Date().getFullYear() - 1, provident: '10', member: '60' }}
        onValuesChange={() => {
          if (draft.isError) draft.reset()
        }}
        onFinish={(values) => {
          draft.mutate(
            {
              year: values.year,
              providentBp: percentToBp(values.provident) ?? 0,
              memberBp: percentToBp(values.member) ?? 0,
            },
            {
              onSuccess: (d) => {
                void message.success(t('collective.distributions.drafted', { year: d.year }))
              },
              onError: (error) => {
                // The server names the ratios in basis points, which the form does not have: shown below.
                setUnplaced(applyFieldErrors(error, form))
              },
            },
          )
        }}
      >
        <Flex gap={12} wrap align="start">
          <Form.Item name="year" label={t('collective.distributions.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} precision={0} data-testid="distribution-year" />
          </Form.Item>
          {pct('provident', 'distribution-provident')}
          {pct('member', 'distribution-member')}
        </Flex>
        {draft.isError && (
          <ApiErrorAlert error={draft.error} unplacedFields={unplaced} data-testid="distribution-error" />
        )}
        <Button type="primary" htmlType="submit" loading={draft.isPending} data-testid="distribution-submit">
          {t('collective.distributions.draft')}
        </Button>
      </Form>
    </Card>
  )
}

function DistributionCard({ d }: { d: Distribution }) {
  const { t } = useTranslation()
  const { villageId } = useBooksContext()
  const step = useDistributionStep(villageId)
  const { message } = App.useApp()
  const [approving, setApproving] = useState(false)
  const stateColor = { draft: 'default', approved: 'blue', posted: 'green' }[d.state]
  return (
    <Card
      size="small"
      data-testid={`distribution-${String(d.year)}`}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{t('collective.distributions.title', { year: d.year })}</span>
          <Tag color={stateColor} data-testid="distribution-state">
            {t(`collective.distributions.states.${d.state}`)}
          </Tag>
        </Flex>
      }
      extra={
        <Flex gap={8} wrap>
          {d.canWrite && d.state === 'draft' && (
            <Button
              type="primary"
              data-testid="distribution-approve"
              onClick={() => {
                setApproving(true)
              }}
            >
              {t('collective.distributions.approve')}
            </Button>
          )}
          {d.canWrite && d.state === 'approved' && (
            <Button
              type="primary"
              loading={step.isPending}
              data-testid="distribution-post"
              onClick={() => {
                step.mutate(
                  { step: 'post', id: d.id, version: d.version },
                  {
                    onSuccess: () => {
                      void message.success(t('collective.distributions.posted'))
                    },
                  },
                )
              }}
            >
              {t('collective.distributions.post')}
            </Button>
          )}
          {d.voucherId && (
            <Link to={`/books/${villageId}/vouchers/${d.voucherId}`} data-testid="distribution-voucher">
              {t('collective.distributions.voucher')}
            </Link>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {step.isError && <ApiErrorAlert error={step.error} data-testid="distribution-step-error" />}
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 2, md: 4 }}
          items={[
            {
              key: 'distributable',
              label: t('collective.distributions.distributable'),
              children: <Amount fen={d.distributableFen} testId="distribution-distributable" />,
            },
            {
              key: 'provident',
              label: `${t('collective.distributions.provident')}（${bpToPercent(d.providentBp)}）`,
              children: <Amount fen={d.providentFen} testId="distribution-provident-fen" />,
            },
            {
              key: 'member',
              label: `${t('collective.distributions.member')}（${bpToPercent(d.memberBp)}）`,
              children: <Amount fen={d.memberFen} testId="distribution-member-fen" />,
            },
            {
              key: 'retained',
              label: t('collective.distributions.retained'),
              children: <Amount fen={d.retainedFen} />,
            },
            ...(d.decision
              ? [
                  {
                    key: 'decision',
                    label: t('collective.distributions.decision'),
                    children: d.decision.title,
                  },
                ]
              : []),
          ]}
        />
        <Table<Payout>
          size="small"
          rowKey="memberId"
          pagination={false}
          scroll={{ x: 'max-content' }}
          title={() => t('collective.distributions.payouts')}
          dataSource={d.payouts}
          onRow={(p) => ({ 'data-testid': `payout-${p.name}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              key: 'name',
              title: t('collective.distributions.memberName'),
              render: (_, p) =>
                `${p.name}${p.memberStatus === 'active' ? '' : t('collective.sharesPage.ended')}`,
            },
            { key: 'shares', title: t('collective.shares'), dataIndex: 'shares', align: 'right' },
            {
              key: 'amount',
              title: t('collective.distributions.amount'),
              align: 'right',
              render: (_, p) => <Amount fen={p.amountFen} testId="payout-amount" />,
            },
          ]}
          summary={() => (
            <Table.Summary.Row className="tx-books-total">
              <Table.Summary.Cell index={0}>
                {t('collective.distributions.payoutTotal')}{' '}
                {d.payoutTotalFen === d.memberFen ? (
                  <Tag color="green" data-testid="payout-adds-up">
                    {t('collective.distributions.addsUp')}
                  </Tag>
                ) : (
                  <Tag color="red" data-testid="payout-adds-up">
                    {t('collective.distributions.doesNotAddUp')}
                  </Tag>
                )}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {d.payouts.reduce((s, p) => s + p.shares, 0)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                <Amount fen={d.payoutTotalFen} testId="payout-total" />
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      </Flex>
      {approving && (
        <Approve
          d={d}
          onClose={() => {
            setApproving(false)
          }}
        />
      )}
    </Card>
  )
}

function Approve({ d, onClose }: { d: Distribution; onClose: () => void }) {
  const { t } = useTranslation()
  const { villageId } = useBooksContext()
  const step = useDistributionStep(villageId)
  const { message } = App.useApp()
  const [form] = Form.useForm<{ decisionId: string }>()
  const [unplaced, setUnplaced] = useState<FieldError[]>([])
  return (
    <Modal
      open
      title={t('collective.distributions.approveTitle')}
      okText={t('collective.distributions.approve')}
      cancelText={t('collective.cancel')}
      okButtonProps={{ 'data-testid': 'distribution-approve-ok' }}
      confirmLoading={step.isPending}
      onCancel={onClose}
      onOk={() => {
        form.submit()
      }}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => {
          step.mutate(
            { step: 'approve', id: d.id, version: d.version, decisionId: values.decisionId },
            {
              onSuccess: () => {
                void message.success(t('collective.distributions.approved'))
                onClose()
              },
              onError: (error) => {
                setUnplaced(applyFieldErrors(error, form))
              },
            },
          )
        }}
      >
        <Form.Item name="decisionId" label={t('collective.decision')} rules={[{ required: true }]}>
          <DecisionSelect villageId={villageId} kinds={distributionKinds} testId="distribution-decision" />
        </Form.Item>
        {step.isError && (
          <ApiErrorAlert
            error={step.error}
            unplacedFields={unplaced}
            data-testid="distribution-approve-error"
          />
        )}
      </Form>
    </Modal>
  )
}
