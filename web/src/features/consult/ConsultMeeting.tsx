import { Button, Card, Checkbox, Descriptions, Flex, Form, Image, Input, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useShowError } from '../../ui/useShowError'
import { formatTime } from '../requests/format'
import { PhotoInput } from '../requests/PhotoInput'
import { photoUrl, useRecordMeeting, useSchedule } from './consultQueries'
import { isPreparing } from './state'
import { instantOfInput, localInputValue } from './time'
import type { ConsultView } from './types'

/** The meeting: its time and place while being prepared, then the record — who came, minutes, photos. */
export function ConsultMeeting({ view }: { view: ConsultView }) {
  const { t } = useTranslation()
  if (view.state === 'dropped') return null
  return (
    <Card size="small" title={isPreparing(view) ? t('consult.page.schedule') : t('consult.page.meeting')}>
      <Flex vertical gap={12}>
        {(view.scheduledAt !== null || view.heldAt !== null) && (
          <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="consult-meeting">
            <Descriptions.Item
              label={view.heldAt !== null ? t('consult.page.heldAt') : t('consult.page.scheduledAt')}
            >
              {formatTime(view.heldAt ?? view.scheduledAt ?? 0)}
            </Descriptions.Item>
            <Descriptions.Item label={t('consult.page.meetingPlace')}>
              {view.meetingPlace ?? '—'}
            </Descriptions.Item>
            {view.minutes !== null && (
              <Descriptions.Item label={t('consult.page.minutes')} span={2}>
                <Typography.Paragraph
                  style={{ whiteSpace: 'pre-wrap', margin: 0 }}
                  data-testid="consult-minutes"
                >
                  {view.minutes}
                </Typography.Paragraph>
              </Descriptions.Item>
            )}
          </Descriptions>
        )}
        {view.photos.length > 0 && (
          <Image.PreviewGroup>
            <Flex gap={8} wrap>
              {view.photos.map((fileId) => (
                <Image
                  key={fileId}
                  width={96}
                  height={96}
                  style={{ objectFit: 'cover' }}
                  src={photoUrl(view.id, fileId)}
                />
              ))}
            </Flex>
          </Image.PreviewGroup>
        )}
        {view.canManage && isPreparing(view) && <ScheduleForm view={view} />}
        {view.canManage && view.state === 'scheduled' && <MeetingForm view={view} />}
      </Flex>
    </Card>
  )
}

function ScheduleForm({ view }: { view: ConsultView }) {
  const { t } = useTranslation()
  const schedule = useSchedule(view.id)
  const showError = useShowError()
  const [form] = Form.useForm<{ at: string; place: string }>()
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={{
        at: view.scheduledAt !== null ? localInputValue(view.scheduledAt) : '',
        place: view.meetingPlace ?? '',
      }}
      onFinish={(values) => {
        schedule.mutate(
          { scheduledAt: instantOfInput(values.at), place: values.place.trim(), version: view.version },
          {
            onError: (e) => {
              showError(e, form)
            },
          },
        )
      }}
    >
      <Form.Item name="at" label={t('consult.page.scheduledAt')} rules={[{ required: true }]}>
        <Input type="datetime-local" data-testid="consult-schedule-at" />
      </Form.Item>
      <Form.Item
        name="place"
        label={t('consult.page.meetingPlace')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={100} data-testid="consult-schedule-place" />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        loading={schedule.isPending}
        data-testid="consult-schedule-save"
      >
        {t('consult.page.saveSchedule')}
      </Button>
    </Form>
  )
}

function MeetingForm({ view }: { view: ConsultView }) {
  const { t } = useTranslation()
  const record = useRecordMeeting(view.id)
  const showError = useShowError()
  const [photos, setPhotos] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [form] = Form.useForm<{ at: string; attended: string[]; minutes: string }>()
  const now = Date.now()
  return (
    <Form
      form={form}
      layout="vertical"
      style={{ maxWidth: 760 }}
      data-testid="consult-meeting-form"
      initialValues={{
        at: localInputValue(Math.min(view.scheduledAt ?? now, now)),
        attended: [],
        minutes: '',
      }}
      onFinish={(values) => {
        record.mutate(
          {
            heldAt: instantOfInput(values.at),
            attended: values.attended,
            minutes: values.minutes.trim(),
            ...(photos.length > 0 ? { photos } : {}),
            version: view.version,
          },
          {
            onError: (e) => {
              showError(e, form)
            },
          },
        )
      }}
    >
      <Form.Item name="at" label={t('consult.page.heldAt')} rules={[{ required: true }]}>
        <Input type="datetime-local" style={{ maxWidth: 240 }} data-testid="consult-held-at" />
      </Form.Item>
      <Form.Item name="attended" label={t('consult.page.attendance')}>
        <Checkbox.Group data-testid="consult-attendance">
          <Flex gap={12} wrap>
            {view.invitees.map((i) => (
              <Checkbox key={i.id} value={i.id} data-testid="consult-attendance-option">
                {i.name}
              </Checkbox>
            ))}
          </Flex>
        </Checkbox.Group>
      </Form.Item>
      <Form.Item
        name="minutes"
        label={t('consult.page.minutes')}
        rules={[{ required: true, min: 2, message: t('consult.page.minutesRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={5000} data-testid="consult-minutes-input" />
      </Form.Item>
      <Form.Item label={t('consult.page.photos')}>
        <PhotoInput onChange={setPhotos} onBusyChange={setBusy} />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        disabled={busy}
        loading={record.isPending}
        data-testid="consult-meeting-save"
      >
        {t('consult.page.saveMeeting')}
      </Button>
    </Form>
  )
}
