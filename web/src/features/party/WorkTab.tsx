import {
  Button,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useShowError } from '../../ui/useShowError'
import { shanghaiToday } from '../figures/period'
import { useActiveMembers, useClaim, useCreatePost, useCreateTask, usePosts, useTasks } from './partyQueries'
import type { Post, Task } from './types'

/** 先锋岗 or 需求与任务 at the desk: define or publish them, and take one for a member. */
export function WorkTab({ communityId, what }: { communityId: string; what: 'posts' | 'tasks' }) {
  const { t } = useTranslation()
  const posts = usePosts(what === 'posts' ? communityId : undefined)
  const tasks = useTasks(what === 'tasks' ? communityId : undefined)
  const [creating, setCreating] = useState(false)
  const [claimFor, setClaimFor] = useState<string>()
  const query = what === 'posts' ? posts : tasks
  const postColumns: TableColumnsType<Post> = [
    { title: t('party.posts.name'), dataIndex: 'name' },
    { title: t('party.posts.duty'), dataIndex: 'duty' },
    { title: t('party.posts.place'), dataIndex: 'place', render: (p: string | null) => p ?? '' },
    {
      title: t('party.posts.capacity'),
      dataIndex: 'capacity',
      render: (c: number | null) => (c === null ? t('party.posts.unlimited') : c),
    },
    { title: t('party.posts.holders'), render: (_, p) => p.holders.map((h) => h.name).join('、') },
    {
      render: (_, p) => (
        <Button
          size="small"
          onClick={() => {
            setClaimFor(p.id)
          }}
        >
          {t('party.posts.claim')}
        </Button>
      ),
    },
  ]
  const taskColumns: TableColumnsType<Task> = [
    { title: t('party.tasks.onDate'), dataIndex: 'onDate' },
    {
      title: t('party.tasks.kind'),
      dataIndex: 'kind',
      render: (k: Task['kind']) => t(`party.tasks.kinds.${k}`),
    },
    { title: t('party.tasks.title'), dataIndex: 'title' },
    { title: t('party.tasks.claimed'), render: (_, x) => `${String(x.claimed)} / ${String(x.capacity)}` },
    { title: t('party.tasks.claimants'), render: (_, x) => x.claimants.map((c) => c.name).join('、') },
    {
      render: (_, x) =>
        x.state === 'closed' ? (
          <Tag>{t('party.tasks.closed')}</Tag>
        ) : x.claimed >= x.capacity ? (
          <Tag>{t('party.tasks.full')}</Tag>
        ) : (
          <Button
            size="small"
            onClick={() => {
              setClaimFor(x.id)
            }}
          >
            {t('party.tasks.claim')}
          </Button>
        ),
    },
  ]
  return (
    <Flex vertical gap={12}>
      <Flex justify="flex-end">
        <Button
          type="primary"
          data-testid={`party-${what}-add`}
          onClick={() => {
            setCreating(true)
          }}
        >
          {what === 'posts' ? t('party.posts.add') : t('party.tasks.add')}
        </Button>
      </Flex>
      {query.isError && <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {what === 'posts' ? (
        <Table<Post>
          size="middle"
          rowKey="id"
          loading={posts.isPending}
          dataSource={posts.data?.items}
          columns={postColumns}
          pagination={false}
          data-testid="party-posts"
        />
      ) : (
        <Table<Task>
          size="middle"
          rowKey="id"
          loading={tasks.isPending}
          dataSource={tasks.data?.items}
          columns={taskColumns}
          pagination={{ pageSize: 20 }}
          data-testid="party-tasks"
        />
      )}
      {creating &&
        (what === 'posts' ? (
          <PostDialog
            communityId={communityId}
            onClose={() => {
              setCreating(false)
            }}
          />
        ) : (
          <TaskDialog
            communityId={communityId}
            onClose={() => {
              setCreating(false)
            }}
          />
        ))}
      {claimFor !== undefined && (
        <ClaimDialog
          communityId={communityId}
          what={what}
          id={claimFor}
          onClose={() => {
            setClaimFor(undefined)
          }}
        />
      )}
    </Flex>
  )
}

function ClaimDialog({
  communityId,
  what,
  id,
  onClose,
}: {
  communityId: string
  what: 'posts' | 'tasks'
  id: string
  onClose: () => void
}) {
  const { t } = useTranslation()
  const members = useActiveMembers(communityId)
  const claim = useClaim()
  const showError = useShowError()
  const [registrationId, setRegistrationId] = useState<string>()
  return (
    <Modal
      open
      title={what === 'posts' ? t('party.posts.claim') : t('party.tasks.claim')}
      onCancel={onClose}
      okButtonProps={{ disabled: registrationId === undefined, loading: claim.isPending }}
      onOk={() => {
        claim.mutate(
          { what, id, registrationId },
          {
            onSuccess: onClose,
            onError: (e) => {
              showError(e)
            },
          },
        )
      }}
    >
      <Select
        style={{ width: '100%' }}
        showSearch={{ optionFilterProp: 'label' }}
        value={registrationId}
        onChange={setRegistrationId}
        options={(members.data?.items ?? []).map((m) => ({
          value: m.id,
          label: `${m.name}（${m.homeName}）`,
        }))}
      />
    </Modal>
  )
}

function PostDialog({ communityId, onClose }: { communityId: string; onClose: () => void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<{ name: string; duty: string; capacity?: number }>()
  const create = useCreatePost()
  const showError = useShowError()
  return (
    <Modal
      open
      title={t('party.posts.add')}
      onCancel={onClose}
      onOk={() => {
        form.submit()
      }}
      okButtonProps={{ loading: create.isPending }}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => {
          create.mutate(
            { communityId, name: v.name, duty: v.duty, ...(v.capacity ? { capacity: v.capacity } : {}) },
            {
              onSuccess: onClose,
              onError: (e) => {
                showError(e, form)
              },
            },
          )
        }}
      >
        <Form.Item name="name" label={t('party.posts.name')} rules={[{ required: true }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="duty" label={t('party.posts.duty')} rules={[{ required: true }]}>
          <Input.TextArea maxLength={500} rows={3} />
        </Form.Item>
        <Form.Item name="capacity" label={t('party.posts.capacity')}>
          <InputNumber min={1} max={500} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  )
}

function TaskDialog({ communityId, onClose }: { communityId: string; onClose: () => void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<{
    kind: Task['kind']
    title: string
    description?: string
    onDate: string
    capacity: number
  }>()
  const create = useCreateTask()
  const showError = useShowError()
  return (
    <Modal
      open
      title={t('party.tasks.add')}
      onCancel={onClose}
      onOk={() => {
        form.submit()
      }}
      okButtonProps={{ loading: create.isPending, 'data-testid': 'party-task-submit' }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'need', onDate: shanghaiToday(), capacity: 1 }}
        onFinish={(v) => {
          create.mutate(
            {
              communityId,
              kind: v.kind,
              title: v.title,
              description: v.description ?? '',
              onDate: v.onDate,
              capacity: v.capacity,
            },
            {
              onSuccess: onClose,
              onError: (e) => {
                showError(e, form)
              },
            },
          )
        }}
      >
        <Form.Item name="kind" label={t('party.tasks.kind')} rules={[{ required: true }]}>
          <Select
            options={(['need', 'task'] as const).map((k) => ({
              value: k,
              label: t(`party.tasks.kinds.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('party.tasks.title')} rules={[{ required: true }]}>
          <Input maxLength={60} data-testid="party-task-title" />
        </Form.Item>
        <Form.Item name="description" label={t('party.tasks.description')}>
          <Input.TextArea maxLength={1000} rows={3} />
        </Form.Item>
        <Form.Item name="onDate" label={t('party.tasks.onDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="capacity" label={t('party.tasks.capacity')} rules={[{ required: true }]}>
          <InputNumber min={1} max={500} style={{ width: '100%' }} data-testid="party-task-capacity" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
