import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Flex, Form, Input, Modal, Select, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useShowError } from '../../ui/useShowError'
import { useActOnTask, useAddTask, useTask, useTaskAssignees } from './consultQueries'
import type { ConsultView, Decision, TaskActBody, TaskSummary } from './types'

type Action = TaskActBody['action']
/** The steps a task's buttons offer, in the order a page lists them. */
const offered: readonly Action[] = [
  'claim',
  'dispatch',
  'accept',
  'start',
  'resolve',
  'close',
  'reject_resolution',
  'return',
  'transfer',
  'cancel',
]
const needsNote = new Set<Action>(['resolve', 'reject_resolution', 'return', 'transfer', 'cancel'])
const needsAssignee = new Set<Action>(['dispatch', 'transfer'])

/** A decision's follow-through tasks: each worked through the engine's steps, and a form for another. */
export function ConsultTasks({ view, decision }: { view: ConsultView; decision: Decision }) {
  const { t } = useTranslation()
  const [adding, setAdding] = useState(false)
  return (
    <Flex vertical gap={8} data-testid="consult-tasks">
      <Flex gap={8} align="center">
        <Typography.Text strong>{t('consult.task.heading')}</Typography.Text>
        {view.canManage && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => {
              setAdding(true)
            }}
            data-testid="consult-task-add"
          >
            {t('consult.task.add')}
          </Button>
        )}
      </Flex>
      {decision.tasks.length === 0 ? (
        <Typography.Text type="secondary">{t('consult.task.none')}</Typography.Text>
      ) : (
        decision.tasks.map((task) => <TaskRow key={task.id} consultationId={view.id} task={task} />)
      )}
      {adding && (
        <AddTask
          view={view}
          decision={decision}
          onClose={() => {
            setAdding(false)
          }}
        />
      )}
    </Flex>
  )
}

function TaskRow({ consultationId, task }: { consultationId: string; task: TaskSummary }) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const full = useTask(task.id)
  const act = useActOnTask(task.id, consultationId)
  const [asking, setAsking] = useState<Action | null>(null)
  const actions = (full.data?.item.actions ?? []).filter((a): a is Action => offered.includes(a))
  const label = (action: Action) => t(`consult.task.actions.${action as 'claim'}`, { defaultValue: action })
  const stateLabel =
    i18n.language === 'en'
      ? t(`consult.task.states.${task.state as 'closed'}`, { defaultValue: task.stateZh })
      : task.stateZh
  const run = (body: Omit<TaskActBody, 'version'>) => {
    if (!full.data) return
    act.mutate(
      { ...body, version: full.data.item.version },
      {
        onSuccess: () => {
          setAsking(null)
          void message.success(t('consult.task.done', { action: label(body.action) }))
        },
        onError: (e) => {
          showError(e)
        },
      },
    )
  }
  return (
    <Flex gap={8} align="center" wrap className="tx-req-card" data-testid="consult-task">
      <Typography.Text type="secondary" className="tx-identifier">
        {task.number}
      </Typography.Text>
      <Typography.Text strong>{task.title}</Typography.Text>
      <Tag
        color={task.state === 'closed' || task.state === 'rated' ? 'success' : 'processing'}
        data-testid="consult-task-state"
      >
        {stateLabel}
      </Tag>
      {task.assigneeName && <Typography.Text type="secondary">{task.assigneeName}</Typography.Text>}
      <Flex gap={6} wrap style={{ marginInlineStart: 'auto' }}>
        {actions.map((action) => (
          <Button
            key={action}
            size="small"
            type={action === 'close' || action === 'resolve' || action === 'claim' ? 'primary' : 'default'}
            loading={act.isPending}
            data-testid={`consult-task-${action}`}
            onClick={() => {
              if (needsNote.has(action) || needsAssignee.has(action)) setAsking(action)
              else run({ action })
            }}
          >
            {label(action)}
          </Button>
        ))}
      </Flex>
      {asking && (
        <StepDialog
          taskId={task.id}
          action={asking}
          title={label(asking)}
          busy={act.isPending}
          onCancel={() => {
            setAsking(null)
          }}
          onSubmit={run}
        />
      )}
    </Flex>
  )
}

function StepDialog({
  taskId,
  action,
  title,
  busy,
  onCancel,
  onSubmit,
}: {
  taskId: string
  action: Action
  title: string
  busy: boolean
  onCancel: () => void
  onSubmit: (body: Omit<TaskActBody, 'version'>) => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<{ note?: string; assigneeUserId?: string }>()
  const assignees = useTaskAssignees(taskId, needsAssignee.has(action))
  return (
    <Modal
      open
      title={title}
      okButtonProps={{ loading: busy, 'data-testid': 'consult-step-ok' }}
      onCancel={onCancel}
      onOk={() => {
        form.submit()
      }}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => {
          onSubmit({
            action,
            ...(values.note ? { note: values.note.trim() } : {}),
            ...(values.assigneeUserId ? { assigneeUserId: values.assigneeUserId } : {}),
            ...(action === 'resolve' ? { outcome: 'solved' as const } : {}),
            ...(action === 'cancel' ? { reason: 'withdrawn' as const } : {}),
          })
        }}
      >
        {needsAssignee.has(action) && (
          <Form.Item name="assigneeUserId" label={t('consult.task.assignee')} rules={[{ required: true }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={assignees.isPending}
              options={(assignees.data?.items ?? []).map((c) => ({
                value: c.userId,
                label: `${c.name}（${c.detail}）`,
              }))}
            />
          </Form.Item>
        )}
        {needsNote.has(action) && (
          <Form.Item
            name="note"
            label={t('consult.task.note')}
            rules={[{ required: true, whitespace: true, message: t('consult.task.noteRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={1000} data-testid="consult-step-note" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  )
}

function AddTask({
  view,
  decision,
  onClose,
}: {
  view: ConsultView
  decision: Decision
  onClose: () => void
}) {
  const { t } = useTranslation()
  const add = useAddTask(view.id)
  const showError = useShowError()
  const [form] = Form.useForm<{ title: string; description: string }>()
  return (
    <Modal
      open
      title={t('consult.task.add')}
      okText={t('consult.task.submit')}
      okButtonProps={{ loading: add.isPending, 'data-testid': 'consult-task-submit' }}
      onCancel={onClose}
      onOk={() => {
        form.submit()
      }}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => {
          add.mutate(
            { decisionId: decision.id, title: values.title.trim(), description: values.description.trim() },
            {
              onSuccess: onClose,
              onError: (e) => {
                showError(e, form)
              },
            },
          )
        }}
      >
        <Form.Item
          name="title"
          label={t('consult.task.title')}
          rules={[{ required: true, min: 2, message: t('consult.task.titleRequired') }]}
        >
          <Input maxLength={60} data-testid="consult-task-title" />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('consult.task.description')}
          rules={[{ required: true, min: 2, message: t('consult.task.descriptionRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="consult-task-description" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
