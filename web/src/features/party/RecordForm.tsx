import { Button, Form, Input, InputNumber, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useShowError } from '../../ui/useShowError'
import { shanghaiToday } from '../figures/period'
import { PhotoInput } from '../requests/PhotoInput'
import { usePosts, useRecordService, useTasks } from './partyQueries'
import type { Member, ServiceRecord } from './types'

interface Values {
  registrationId: string
  servedOn: string
  hours: number
  kind: 'post' | 'need' | 'task' | 'activity' | 'other'
  postId?: string
  taskId?: string
  description: string
  photos?: string[]
}

/**
 * Records service: a member for themself (their registration fixed), or staff for a member they
 * pick. Hours are entered in half-hour steps and sent as whole minutes.
 */
export function RecordForm({
  communityId,
  member,
  members,
  onDone,
}: {
  communityId: string
  member?: Member
  members?: Member[]
  onDone: (record: ServiceRecord) => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const showError = useShowError()
  const save = useRecordService()
  const [photosBusy, setPhotosBusy] = useState(false)
  const posts = usePosts(communityId)
  const tasks = useTasks(communityId)
  const kind = Form.useWatch('kind', form)
  const watched: string | undefined = Form.useWatch('registrationId', form)
  const registrationId = member?.id ?? watched
  const myPosts = (posts.data?.items ?? []).filter((p) =>
    p.holders.some((h) => h.registrationId === registrationId),
  )
  const myTasks = (tasks.data?.items ?? []).filter(
    (x) => x.kind === kind && x.claimants.some((c) => c.registrationId === registrationId),
  )
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      data-testid="party-record-form"
      initialValues={{ registrationId: member?.id, servedOn: shanghaiToday(), hours: 1, kind: 'other' }}
      onFinish={(v) => {
        save.mutate(
          {
            registrationId: v.registrationId,
            servedOn: v.servedOn,
            minutes: Math.round(v.hours * 60),
            kind: v.kind,
            ...(v.kind === 'post' && v.postId ? { postId: v.postId } : {}),
            ...((v.kind === 'need' || v.kind === 'task') && v.taskId ? { taskId: v.taskId } : {}),
            description: v.description,
            ...(v.photos && v.photos.length > 0 ? { photos: v.photos } : {}),
          },
          {
            onSuccess: (record) => {
              form.resetFields()
              onDone(record)
            },
            onError: (error) => {
              showError(error, form)
            },
          },
        )
      }}
    >
      <Form.Item
        name="registrationId"
        label={t('party.recordForm.member')}
        hidden={member !== undefined}
        rules={[{ required: true }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="party-record-member"
          options={(members ?? []).map((m) => ({ value: m.id, label: `${m.name}（${m.homeName}）` }))}
        />
      </Form.Item>
      <Form.Item name="servedOn" label={t('party.recordForm.servedOn')} rules={[{ required: true }]}>
        <Input type="date" max={shanghaiToday()} data-testid="party-record-date" />
      </Form.Item>
      <Form.Item
        name="hours"
        label={t('party.recordForm.hours')}
        extra={t('party.recordForm.hoursHint')}
        rules={[{ required: true }]}
      >
        <InputNumber
          min={0.5}
          max={24}
          step={0.5}
          style={{ width: '100%' }}
          data-testid="party-record-hours"
        />
      </Form.Item>
      <Form.Item name="kind" label={t('party.recordForm.kind')} rules={[{ required: true }]}>
        <Select
          data-testid="party-record-kind"
          options={(['post', 'need', 'task', 'activity', 'other'] as const).map((k) => ({
            value: k,
            label: t(`party.records.kinds.${k}`),
          }))}
        />
      </Form.Item>
      {kind === 'post' && (
        <Form.Item name="postId" label={t('party.recordForm.post')} rules={[{ required: true }]}>
          <Select options={myPosts.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
      )}
      {(kind === 'need' || kind === 'task') && (
        <Form.Item name="taskId" label={t('party.recordForm.task')} rules={[{ required: true }]}>
          <Select
            data-testid="party-record-task"
            options={myTasks.map((x) => ({ value: x.id, label: `${x.onDate} ${x.title}` }))}
          />
        </Form.Item>
      )}
      <Form.Item name="description" label={t('party.recordForm.description')} rules={[{ required: true }]}>
        <Input.TextArea rows={3} maxLength={500} data-testid="party-record-description" />
      </Form.Item>
      <Form.Item name="photos" label={t('party.recordForm.photos')}>
        <PhotoInput onBusyChange={setPhotosBusy} />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        block
        disabled={photosBusy}
        loading={save.isPending}
        data-testid="party-record-submit"
      >
        {t('party.recordForm.submit')}
      </Button>
    </Form>
  )
}
