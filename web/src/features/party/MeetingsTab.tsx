import { Button, Flex, Form, Input, Modal, Select, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useShowError } from '../../ui/useShowError'
import { shanghaiToday } from '../figures/period'
import { CursorTable } from '../registry/CursorTable'
import { useActiveMembers, useMeetings, useRecordMeeting } from './partyQueries'
import type { Meeting, MeetingBody } from './types'

const kinds = ['general_meeting', 'committee', 'group_meeting', 'lecture', 'theme_day'] as const

/** Organisational life held at the community (三会一课, 主题党日) with who attended. */
export function MeetingsTab({ communityId }: { communityId: string }) {
  const { t } = useTranslation()
  const list = useMeetings(communityId)
  const [open, setOpen] = useState(false)
  const columns: TableColumnsType<Meeting> = [
    { title: t('party.meetings.heldOn'), dataIndex: 'heldOn' },
    {
      title: t('party.meetings.kind'),
      dataIndex: 'kind',
      render: (k: Meeting['kind']) => t(`party.meetings.kinds.${k}`),
    },
    { title: t('party.meetings.topic'), dataIndex: 'topic' },
    {
      title: t('party.meetings.attendees'),
      render: (_, m) =>
        `${t('party.meetings.count', { count: m.attendees.length })}：${m.attendees.map((a) => a.name).join('、')}`,
    },
  ]
  return (
    <Flex vertical gap={12}>
      <Flex justify="flex-end">
        <Button
          type="primary"
          onClick={() => {
            setOpen(true)
          }}
        >
          {t('party.meetings.add')}
        </Button>
      </Flex>
      <CursorTable<Meeting> list={list} columns={columns} rowKey="id" data-testid="party-meetings" />
      {open && (
        <MeetingDialog
          communityId={communityId}
          onClose={() => {
            setOpen(false)
          }}
        />
      )}
    </Flex>
  )
}

function MeetingDialog({ communityId, onClose }: { communityId: string; onClose: () => void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Omit<MeetingBody, 'communityId'>>()
  const members = useActiveMembers(communityId)
  const save = useRecordMeeting()
  const showError = useShowError()
  return (
    <Modal
      open
      title={t('party.meetings.add')}
      onCancel={onClose}
      onOk={() => {
        form.submit()
      }}
      okButtonProps={{ loading: save.isPending }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'theme_day', heldOn: shanghaiToday(), attendees: [] }}
        onFinish={(v) => {
          save.mutate(
            { communityId, ...v },
            {
              onSuccess: onClose,
              onError: (e) => {
                showError(e, form)
              },
            },
          )
        }}
      >
        <Form.Item name="kind" label={t('party.meetings.kind')} rules={[{ required: true }]}>
          <Select options={kinds.map((k) => ({ value: k, label: t(`party.meetings.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('party.meetings.heldOn')} rules={[{ required: true }]}>
          <Input type="date" max={shanghaiToday()} />
        </Form.Item>
        <Form.Item name="topic" label={t('party.meetings.topic')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="attendees" label={t('party.meetings.attendees')}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={(members.data?.items ?? []).map((m) => ({
              value: m.id,
              label: `${m.name}（${m.homeName}）`,
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
