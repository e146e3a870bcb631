import { App, Button, Flex, Form, Input, Modal, Select, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useBookRoom } from './centreQueries'
import { placeFieldErrors } from './formErrors'
import { clockOf, dayOf, instantOf, quarterHours } from './time'
import type { Booking, Room } from './types'

interface Values {
  roomId: string
  /** YYYY-MM-DD: the browser's own date input, read as a day in Beijing time. */
  date: string
  start: string
  end: string
  purpose: string
  organiser: string
}

/** The server's names for the form's fields: its start and end are the form's date and times. */
const rename = { startsAt: 'start', endsAt: 'end' }

/** Times a room may be booked from and to, in quarter hours, within its opening hours. */
export function roomTimes(room: Pick<Room, 'openFrom' | 'openTo'> | undefined, after?: string) {
  const all = quarterHours(room?.openFrom, room?.openTo)
  const starts = all.slice(0, -1)
  const ends = all.slice(1).filter((time) => after === undefined || time > after)
  return { starts, ends }
}

/**
 * Books a room for a meeting: room, day, from–to in quarter hours within the room's opening hours,
 * what for and for whom. A clash with another booking, or a time the room cannot be booked, is
 * shown right in the form, named as the server names it.
 */
export function BookingDialog({
  rooms,
  initial,
  onClose,
  onBooked,
}: {
  rooms: readonly Room[]
  initial: { roomId?: string; day?: string }
  onClose: () => void
  onBooked: (booking: Booking) => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const book = useBookRoom()
  const [unplaced, setUnplaced] = useState<FieldError[]>([])
  const roomId = Form.useWatch('roomId', form)
  const start = Form.useWatch('start', form)
  const room = rooms.find((r) => r.id === roomId)
  const times = roomTimes(room, start)
  const today = dayOf()

  const submit = (values: Values) => {
    const chosen = rooms.find((r) => r.id === values.roomId)
    if (!chosen) return
    const day = values.date
    const startsAt = instantOf(day, values.start)
    const endsAt = instantOf(day, values.end)
    if (endsAt <= startsAt) {
      form.setFields([{ name: 'end', errors: [t('centre.booking.endAfterStart')] }])
      return
    }
    setUnplaced([])
    book.mutate(
      {
        roomId: chosen.id,
        startsAt,
        endsAt,
        purpose: values.purpose.trim(),
        organiser: values.organiser.trim(),
      },
      {
        onSuccess: (booking) => {
          void message.success(
            t('centre.booking.done', {
              room: booking.roomName,
              span: `${day} ${clockOf(booking.startsAt)}–${clockOf(booking.endsAt)}`,
            }),
          )
          onBooked(booking)
        },
        onError: (error) => {
          setUnplaced(placeFieldErrors(error, form, rename))
        },
      },
    )
  }

  return (
    <Modal
      open
      title={t('centre.booking.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('centre.booking.close')}</Button>
          <Button
            type="primary"
            loading={book.isPending}
            data-testid="booking-submit"
            onClick={() => {
              form.submit()
            }}
          >
            {t('centre.booking.submit')}
          </Button>
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        data-testid="booking-form"
        initialValues={{
          roomId: initial.roomId,
          date: initial.day,
        }}
        onValuesChange={(changed: Partial<Values>) => {
          // A new room or start time may leave the chosen times outside what can be booked.
          if (changed.roomId !== undefined || changed.start !== undefined) {
            const next = roomTimes(
              rooms.find((r) => r.id === form.getFieldValue('roomId')),
              form.getFieldValue('start') as string | undefined,
            )
            const s = form.getFieldValue('start') as string | undefined
            const e = form.getFieldValue('end') as string | undefined
            if (s !== undefined && !next.starts.includes(s)) form.setFieldValue('start', undefined)
            if (e !== undefined && !next.ends.includes(e)) form.setFieldValue('end', undefined)
          }
        }}
      >
        {book.isError && (
          <div style={{ marginBottom: 16 }}>
            <ApiErrorAlert error={book.error} unplacedFields={unplaced} data-testid="booking-error" />
          </div>
        )}
        <Form.Item
          name="roomId"
          label={t('centre.booking.room')}
          rules={[{ required: true, message: t('centre.booking.roomRequired') }]}
          extra={room ? t('centre.week.hours', { from: room.openFrom, to: room.openTo }) : undefined}
        >
          <Select data-testid="booking-room" options={rooms.map((r) => ({ value: r.id, label: r.name }))} />
        </Form.Item>
        <Form.Item
          name="date"
          label={t('centre.booking.date')}
          rules={[
            { required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('centre.booking.dateRequired') },
          ]}
        >
          <Input type="date" data-testid="booking-date" min={today} />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item
            name="start"
            label={t('centre.booking.start')}
            style={{ flex: 1 }}
            rules={[{ required: true, message: t('centre.booking.startRequired') }]}
          >
            <Select
              data-testid="booking-start"
              showSearch
              options={times.starts.map((time) => ({ value: time, label: time }))}
            />
          </Form.Item>
          <Form.Item
            name="end"
            label={t('centre.booking.end')}
            style={{ flex: 1 }}
            rules={[{ required: true, message: t('centre.booking.endRequired') }]}
          >
            <Select
              data-testid="booking-end"
              showSearch
              options={times.ends.map((time) => ({ value: time, label: time }))}
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="purpose"
          label={t('centre.booking.purpose')}
          rules={[{ required: true, whitespace: true, message: t('centre.booking.purposeRequired') }]}
        >
          <Input
            data-testid="booking-purpose"
            maxLength={100}
            placeholder={t('centre.booking.purposePlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="organiser"
          label={t('centre.booking.organiser')}
          rules={[{ required: true, whitespace: true, message: t('centre.booking.organiserRequired') }]}
        >
          <Input
            data-testid="booking-organiser"
            maxLength={60}
            placeholder={t('centre.booking.organiserPlaceholder')}
          />
        </Form.Item>
        {room && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`centre.roomKinds.${room.kind}`)} · {t('centre.week.capacity', { count: room.capacity })}
          </Typography.Text>
        )}
      </Form>
    </Modal>
  )
}
