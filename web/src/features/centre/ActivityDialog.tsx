import { App, Button, Flex, Form, Input, InputNumber, Modal, Radio, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { roomTimes } from './BookingDialog'
import { useCreateActivity } from './centreQueries'
import { placeFieldErrors } from './formErrors'
import { dayOf, instantOf } from './time'
import { activityKinds, type Activity, type ActivityBody, type ActivityKind, type Room } from './types'

interface Values {
  title: string
  kind: ActivityKind
  description?: string
  /** YYYY-MM-DD, a day in Beijing time. */
  date: string
  start: string
  end: string
  where: 'room' | 'place'
  roomId?: string
  place?: string
  capacity?: number | null
  /** YYYY-MM-DDTHH:MM from the browser's own input, read as Beijing time. */
  signupUntil?: string
}

const rename = { startsAt: 'start', endsAt: 'end' }
const day = /^\d{4}-\d{2}-\d{2}$/

/**
 * Publishes an activity: title, kind, what happens, when (a day, from–to in quarter hours), in one of
 * the centre's rooms (booked with it, or refused with the booking in the way) or elsewhere, how many
 * places and until when residents may sign up.
 */
export function ActivityDialog({
  communityId,
  rooms,
  onClose,
  onCreated,
}: {
  communityId: string
  rooms: readonly Room[]
  onClose: () => void
  onCreated: (activity: Activity) => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const create = useCreateActivity()
  const [unplaced, setUnplaced] = useState<FieldError[]>([])
  const where = Form.useWatch('where', form)
  const roomId = Form.useWatch('roomId', form)
  const start = Form.useWatch('start', form)
  const room = where === 'room' ? rooms.find((r) => r.id === roomId) : undefined
  const times = roomTimes(room, start)

  const submit = (values: Values) => {
    const startsAt = instantOf(values.date, values.start)
    const endsAt = instantOf(values.date, values.end)
    if (endsAt <= startsAt) {
      form.setFields([{ name: 'end', errors: [t('centre.booking.endAfterStart')] }])
      return
    }
    const until = values.signupUntil
    const body: ActivityBody = {
      communityId,
      title: values.title.trim(),
      kind: values.kind,
      description: values.description?.trim() ?? '',
      startsAt,
      endsAt,
      ...(values.where === 'room' && values.roomId ? { roomId: values.roomId } : {}),
      ...(values.where === 'place' && values.place ? { place: values.place.trim() } : {}),
      ...(values.capacity ? { capacity: values.capacity } : {}),
      ...(until ? { signupUntil: instantOf(until.slice(0, 10), until.slice(11, 16)) } : {}),
    }
    setUnplaced([])
    create.mutate(body, {
      onSuccess: (activity) => {
        void message.success(t('centre.form.done', { title: activity.title }))
        onCreated(activity)
      },
      onError: (error) => {
        setUnplaced(placeFieldErrors(error, form, rename))
      },
    })
  }

  return (
    <Modal
      open
      width={640}
      title={t('centre.form.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('centre.form.close')}</Button>
          <Button
            type="primary"
            loading={create.isPending}
            data-testid="activity-submit"
            onClick={() => {
              form.submit()
            }}
          >
            {t('centre.form.submit')}
          </Button>
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        data-testid="activity-form"
        initialValues={{ where: rooms.length > 0 ? 'room' : 'place' }}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.roomId !== undefined || changed.start !== undefined || changed.where !== undefined) {
            const values: Partial<Values> = form.getFieldsValue()
            const next = roomTimes(
              values.where === 'room' ? rooms.find((r) => r.id === values.roomId) : undefined,
              values.start,
            )
            if (values.start !== undefined && !next.starts.includes(values.start))
              form.setFieldValue('start', undefined)
            if (values.end !== undefined && !next.ends.includes(values.end))
              form.setFieldValue('end', undefined)
          }
        }}
      >
        {create.isError && (
          <div style={{ marginBottom: 16 }}>
            <ApiErrorAlert error={create.error} unplacedFields={unplaced} data-testid="activity-error" />
          </div>
        )}
        <Form.Item
          name="title"
          label={t('centre.form.name')}
          rules={[{ required: true, whitespace: true, message: t('centre.form.nameRequired') }]}
        >
          <Input data-testid="activity-title" maxLength={60} />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('centre.form.kind')}
          rules={[{ required: true, message: t('centre.form.kindRequired') }]}
        >
          <Select
            data-testid="activity-kind"
            options={activityKinds.map((k) => ({ value: k, label: t(`centre.activityKinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="description" label={t('centre.form.description')}>
          <Input.TextArea data-testid="activity-description" rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="where" label={t('centre.form.where')}>
          <Radio.Group
            data-testid="activity-where"
            options={[
              { value: 'room', label: t('centre.form.inRoom'), disabled: rooms.length === 0 },
              { value: 'place', label: t('centre.form.elsewhere') },
            ]}
          />
        </Form.Item>
        {where === 'room' ? (
          <Form.Item
            name="roomId"
            label={t('centre.form.room')}
            extra={
              room
                ? `${t('centre.week.hours', { from: room.openFrom, to: room.openTo })} · ${t('centre.week.capacity', { count: room.capacity })} · ${t('centre.form.roomHint')}`
                : t('centre.form.roomHint')
            }
            rules={[{ required: true, message: t('centre.booking.roomRequired') }]}
          >
            <Select
              data-testid="activity-room"
              options={rooms.map((r) => ({ value: r.id, label: r.name }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="place"
            label={t('centre.form.place')}
            rules={[{ required: true, whitespace: true, message: t('centre.form.placeRequired') }]}
          >
            <Input
              data-testid="activity-place"
              maxLength={100}
              placeholder={t('centre.form.placePlaceholder')}
            />
          </Form.Item>
        )}
        <Flex gap={12} wrap>
          <Form.Item
            name="date"
            label={t('centre.form.date')}
            style={{ flex: '1 1 160px' }}
            rules={[{ required: true, pattern: day, message: t('centre.booking.dateRequired') }]}
          >
            <Input type="date" data-testid="activity-date" min={dayOf()} />
          </Form.Item>
          <Form.Item
            name="start"
            label={t('centre.form.start')}
            style={{ flex: '1 1 100px' }}
            rules={[{ required: true, message: t('centre.booking.startRequired') }]}
          >
            <Select
              data-testid="activity-start"
              showSearch
              options={times.starts.map((time) => ({ value: time, label: time }))}
            />
          </Form.Item>
          <Form.Item
            name="end"
            label={t('centre.form.end')}
            style={{ flex: '1 1 100px' }}
            rules={[{ required: true, message: t('centre.booking.endRequired') }]}
          >
            <Select
              data-testid="activity-end"
              showSearch
              options={times.ends.map((time) => ({ value: time, label: time }))}
            />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item
            name="capacity"
            label={t('centre.form.capacity')}
            extra={t('centre.form.capacityHint')}
            style={{ flex: '1 1 160px' }}
          >
            <InputNumber
              data-testid="activity-capacity"
              min={1}
              max={room?.capacity ?? 5000}
              precision={0}
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item
            name="signupUntil"
            label={t('centre.form.signupUntil')}
            extra={t('centre.form.signupUntilHint')}
            style={{ flex: '1 1 220px' }}
          >
            <Input type="datetime-local" step={900} data-testid="activity-signup-until" />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  )
}
