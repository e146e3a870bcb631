import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useShowError } from '../../ui/useShowError'
import { formatTime } from '../requests/format'
import { ConsultTasks } from './ConsultTasks'
import { DecisionTags } from './ConsultStateTag'
import { useRecordDecision } from './consultQueries'
import type { ConsultView, Decision, DecisionBody } from './types'

type Choice = 'for' | 'against' | 'abstain'

/** The meeting's decisions (each written once) with their tasks, and the form for another. */
export function ConsultDecisions({ view }: { view: ConsultView }) {
  const { t } = useTranslation()
  if (view.state !== 'held' && view.state !== 'decided') return null
  return (
    <Card size="small" title={t('consult.decision.heading')}>
      <Flex vertical gap={16}>
        {view.decisions.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('consult.decision.none')} />
        ) : (
          view.decisions.map((d) => <DecisionCard key={d.id} view={view} decision={d} />)
        )}
        {view.canManage && <DecisionForm view={view} />}
      </Flex>
    </Card>
  )
}

function DecisionCard({ view, decision: d }: { view: ConsultView; decision: Decision }) {
  const { t } = useTranslation()
  return (
    <Card type="inner" size="small" data-testid="consult-decision">
      <Flex vertical gap={8}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong data-testid="consult-decision-text">
            {d.seq}. {d.text}
          </Typography.Text>
          {d.supersededBy === null ? (
            <DecisionTags outcome={d.outcome} carriedOut={d.carriedOut} testId="consult-decision" />
          ) : (
            <Tag data-testid="consult-decision-superseded">
              {t('consult.decision.supersededBy', { seq: d.supersededBy })}
            </Tag>
          )}
          {d.supersedes !== null && (
            <Tag color="gold">{t('consult.decision.supersedes', { seq: d.supersedes })}</Tag>
          )}
        </Flex>
        <Typography.Text type="secondary">
          {d.method === 'consensus'
            ? t('consult.decision.methods.consensus')
            : `${d.openVote ? t('consult.decision.openVote') : t('consult.decision.secretVote')} · ${t(
                'consult.decision.counts',
                { for: d.counts?.for ?? 0, against: d.counts?.against ?? 0, abstain: d.counts?.abstain ?? 0 },
              )}`}{' '}
          · {d.recordedBy} · {formatTime(d.decidedAt)}
        </Typography.Text>
        {d.ballots && d.ballots.length > 0 && (
          <Flex gap={6} wrap data-testid="consult-ballots">
            {d.ballots.map((b) => (
              <Tag
                key={b.inviteeId}
                color={b.choice === 'for' ? 'green' : b.choice === 'against' ? 'red' : 'default'}
              >
                {b.name} · {t(`consult.decision.${b.choice}`)}
              </Tag>
            ))}
          </Flex>
        )}
        {d.outcome === 'adopted' && (d.supersededBy === null || d.tasks.length > 0) && (
          <ConsultTasks view={view} decision={d} />
        )}
      </Flex>
    </Card>
  )
}

interface Values {
  text: string
  method: 'consensus' | 'open' | 'secret'
  for?: number
  against?: number
  abstain?: number
  supersedesId?: string
}

function DecisionForm({ view }: { view: ConsultView }) {
  const { t } = useTranslation()
  const record = useRecordDecision(view.id)
  const showError = useShowError()
  const [form] = Form.useForm<Values>()
  const method = Form.useWatch('method', form)
  const present = view.invitees.filter((i) => i.attended)
  const [ballots, setBallots] = useState<Record<string, Choice | undefined>>({})
  const standing = view.decisions.filter((d) => d.supersededBy === null)
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      style={{ maxWidth: 760 }}
      data-testid="consult-decision-form"
      initialValues={{ method: 'open', text: '' }}
      onFinish={(values) => {
        const corrects = values.supersedesId ? { supersedesId: values.supersedesId } : {}
        let body: DecisionBody
        if (values.method === 'consensus')
          body = { method: 'consensus', text: values.text.trim(), ...corrects }
        else if (values.method === 'open')
          body = {
            method: 'vote',
            text: values.text.trim(),
            openVote: true,
            ballots: Object.entries(ballots).flatMap(([inviteeId, choice]) =>
              choice ? [{ inviteeId, choice }] : [],
            ),
            ...corrects,
          }
        else
          body = {
            method: 'vote',
            text: values.text.trim(),
            openVote: false,
            counts: { for: values.for ?? 0, against: values.against ?? 0, abstain: values.abstain ?? 0 },
            ...corrects,
          }
        record.mutate(body, {
          onSuccess: () => {
            form.resetFields()
            setBallots({})
          },
          onError: (e) => {
            showError(e, form)
          },
        })
      }}
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('consult.decision.add')}
      </Typography.Title>
      <Alert type="info" showIcon title={t('consult.decision.immutable')} style={{ marginBottom: 12 }} />
      <Form.Item
        name="text"
        label={t('consult.decision.text')}
        rules={[{ required: true, min: 2, message: t('consult.decision.textRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={1000} data-testid="consult-decision-input" />
      </Form.Item>
      <Form.Item name="method" label={t('consult.decision.method')}>
        <Radio.Group
          data-testid="consult-decision-method"
          options={[
            { value: 'open', label: t('consult.decision.openVote') },
            { value: 'secret', label: t('consult.decision.secretVote') },
            { value: 'consensus', label: t('consult.decision.methods.consensus') },
          ]}
        />
      </Form.Item>
      {method === 'open' && (
        <Table
          size="small"
          pagination={false}
          rowKey="id"
          data-testid="consult-ballot-table"
          dataSource={present}
          style={{ marginBottom: 16 }}
          columns={[
            { key: 'name', title: t('consult.page.invitees'), render: (_, i) => i.name },
            {
              key: 'choice',
              title: t('consult.decision.ballots'),
              render: (_, i) => (
                <Radio.Group
                  data-testid="consult-ballot"
                  value={ballots[i.id] ?? ''}
                  onChange={(e) => {
                    const value = e.target.value as Choice | ''
                    setBallots((old) => ({ ...old, [i.id]: value === '' ? undefined : value }))
                  }}
                  options={[
                    { value: 'for', label: t('consult.decision.for') },
                    { value: 'against', label: t('consult.decision.against') },
                    { value: 'abstain', label: t('consult.decision.abstain') },
                    { value: '', label: t('consult.decision.noVote') },
                  ]}
                />
              ),
            },
          ]}
        />
      )}
      {method === 'secret' && (
        <Flex gap={12} wrap align="baseline">
          {(['for', 'against', 'abstain'] as const).map((k) => (
            <Form.Item key={k} name={k} label={t(`consult.decision.${k}`)}>
              <InputNumber min={0} max={present.length} precision={0} data-testid={`consult-count-${k}`} />
            </Form.Item>
          ))}
          <Typography.Text type="secondary">
            {t('consult.decision.present', { count: present.length })}
          </Typography.Text>
        </Flex>
      )}
      {standing.length > 0 && (
        <Form.Item name="supersedesId" label={t('consult.decision.corrects')}>
          <Select
            allowClear
            data-testid="consult-decision-corrects"
            options={standing.map((d) => ({ value: d.id, label: `${String(d.seq)}. ${d.text}` }))}
          />
        </Form.Item>
      )}
      <Button
        type="primary"
        htmlType="submit"
        loading={record.isPending}
        data-testid="consult-decision-submit"
      >
        {t('consult.decision.submit')}
      </Button>
    </Form>
  )
}
