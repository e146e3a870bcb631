import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Flex, Form, Input, InputNumber, Modal, Select, Skeleton, Table, Tag } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { applyFieldErrors } from '../../ui/useShowError'
import { useBooksContext } from '../books/BooksLayout'
import { useDecisions, useRecordDecision } from './collectiveQueries'
import { today } from './common'
import { decisionKinds, type Decision, type DecisionBody } from './types'

/**
 * /books/:villageId/collective/decisions: the decisions of the members' (representatives') meetings
 * with their counts; a decision is adopted when more than half of those attending voted for it.
 */
export function DecisionsPage() {
  const { t } = useTranslation()
  const { villageId, book } = useBooksContext()
  const decisions = useDecisions(villageId)
  const [recording, setRecording] = useState(false)

  if (decisions.isError)
    return <ApiErrorAlert error={decisions.error} onRetry={() => void decisions.refetch()} />
  if (!decisions.data) return <Skeleton active />
  return (
    <Flex vertical gap={12} data-testid="collective-decisions">
      {book.canWrite && (
        <Flex justify="end">
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="decision-new"
            onClick={() => {
              setRecording(true)
            }}
          >
            {t('collective.decisions.record')}
          </Button>
        </Flex>
      )}
      <Table<Decision>
        size="small"
        rowKey="id"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        dataSource={decisions.data.items}
        locale={{ emptyText: t('collective.decisions.empty') }}
        onRow={(d) => ({ 'data-testid': `decision-row-${d.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'heldOn', title: t('collective.decisions.heldOn'), dataIndex: 'heldOn' },
          {
            key: 'title',
            title: t('collective.decisions.title'),
            render: (_, d) => (
              <span data-testid="decision-title" title={d.resolution}>
                {d.title}
              </span>
            ),
          },
          {
            key: 'kind',
            title: t('collective.decisions.kind'),
            render: (_, d) => t(`collective.decisions.kinds.${d.kind}`),
          },
          {
            key: 'meeting',
            title: t('collective.decisions.meeting'),
            render: (_, d) => t(`collective.decisions.meetings.${d.meeting}`),
          },
          {
            key: 'counts',
            title: t('collective.decisions.counts'),
            render: (_, d) =>
              t('collective.decisions.countsText', {
                attendees: d.attendees,
                for: d.votesFor,
                against: d.votesAgainst,
                abstain: d.votesAbstain,
              }),
          },
          {
            key: 'adopted',
            title: '',
            render: (_, d) =>
              d.adopted ? (
                <Tag color="green" data-testid="decision-adopted">
                  {t('collective.decisions.adopted')}
                </Tag>
              ) : (
                <Tag color="red" data-testid="decision-adopted">
                  {t('collective.decisions.rejected')}
                </Tag>
              ),
          },
        ]}
      />
      {recording && (
        <RecordDecision
          onClose={() => {
            setRecording(false)
          }}
        />
      )}
    </Flex>
  )
}

function RecordDecision({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const { villageId } = useBooksContext()
  const record = useRecordDecision(villageId)
  const { message } = App.useApp()
  const [form] = Form.useForm<DecisionBody>()
  const [unplaced, setUnplaced] = useState<FieldError[]>([])
  const attendees = Form.useWatch('attendees', form)
  const votesFor = Form.useWatch('votesFor', form)
  const count = (name: keyof DecisionBody, testId: string) => (
    <Form.Item
      name={name}
      label={t(`collective.decisions.${name as 'attendees'}`)}
      rules={[{ required: true }]}
    >
      <InputNumber min={0} max={100_000} precision={0} data-testid={testId} style={{ width: 110 }} />
    </Form.Item>
  )
  return (
    <Modal
      open
      title={t('collective.decisions.record')}
      okText={t('collective.decisions.record')}
      cancelText={t('collective.cancel')}
      okButtonProps={{ 'data-testid': 'decision-ok' }}
      confirmLoading={record.isPending}
      onCancel={onClose}
      onOk={() => {
        form.submit()
      }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ meeting: 'representatives', heldOn: today(), votesAgainst: 0, votesAbstain: 0 }}
        onFinish={(values) => {
          record.mutate(values, {
            onSuccess: () => {
              void message.success(t('collective.decisions.recorded'))
              onClose()
            },
            onError: (error) => {
              setUnplaced(applyFieldErrors(error, form))
            },
          })
        }}
      >
        <Form.Item name="kind" label={t('collective.decisions.kind')} rules={[{ required: true }]}>
          <Select
            data-testid="decision-kind"
            options={decisionKinds.map((k) => ({ value: k, label: t(`collective.decisions.kinds.${k}`) }))}
          />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="meeting" label={t('collective.decisions.meeting')} rules={[{ required: true }]}>
            <Select
              style={{ minWidth: 160 }}
              data-testid="decision-meeting"
              options={(['representatives', 'members'] as const).map((m) => ({
                value: m,
                label: t(`collective.decisions.meetings.${m}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="heldOn" label={t('collective.decisions.heldOn')} rules={[{ required: true }]}>
            <Input type="date" data-testid="decision-held-on" style={{ width: 170 }} />
          </Form.Item>
        </Flex>
        <Form.Item name="title" label={t('collective.decisions.title')} rules={[{ required: true, min: 2 }]}>
          <Input maxLength={60} data-testid="decision-title-input" />
        </Form.Item>
        <Form.Item
          name="resolution"
          label={t('collective.decisions.resolution')}
          rules={[{ required: true, min: 2 }]}
        >
          <Input.TextArea maxLength={2000} rows={3} data-testid="decision-resolution" />
        </Form.Item>
        <Flex gap={12} wrap>
          {count('attendees', 'decision-attendees')}
          {count('votesFor', 'decision-for')}
          {count('votesAgainst', 'decision-against')}
          {count('votesAbstain', 'decision-abstain')}
        </Flex>
        {typeof attendees === 'number' && typeof votesFor === 'number' && (
          <div
            className={votesFor * 2 > attendees ? 'tx-books-ok' : 'tx-books-warn'}
            data-testid="decision-outcome"
          >
            {votesFor * 2 > attendees
              ? t('collective.decisions.willAdopt')
              : t('collective.decisions.willReject')}
          </div>
        )}
        {record.isError && (
          <ApiErrorAlert error={record.error} unplacedFields={unplaced} data-testid="decision-error" />
        )}
      </Form>
    </Modal>
  )
}
