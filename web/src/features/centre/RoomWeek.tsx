import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons'
import { App, Button, Flex, Table, Tooltip, Typography, type TableColumnsType } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { currentLocale } from '../../i18n/locale'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { BookingDialog } from './BookingDialog'
import { useBookings, useCancelBooking } from './centreQueries'
import { ReasonDialog } from './ReasonDialog'
import { addDays, clockOf, dayOf, mondayOf, weekdayLabel } from './time'
import type { Booking, Room } from './types'

/**
 * The rooms' week: one row a room, one column a day (Monday to Sunday), each booking a block with
 * its time, purpose and organiser. Staff who run the centre book from here and cancel with a reason
 * (a booking made for an activity is cancelled with its activity).
 */
export function RoomWeek({
  communityId,
  rooms,
  canManage,
  week,
  onWeek,
}: {
  communityId: string
  rooms: readonly Room[]
  canManage: boolean
  /** The Monday of the week shown. */
  week: string
  onWeek: (monday: string) => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const today = dayOf()
  const days = useMemo(() => Array.from({ length: 7 }, (_, i) => addDays(week, i)), [week])
  const last = days[6] ?? week
  const bookings = useBookings(communityId, week, last)
  const [booking, setBooking] = useState<{ roomId?: string; day?: string } | null>(null)
  const [cancelling, setCancelling] = useState<Booking | null>(null)
  const cancel = useCancelBooking()
  const locale = currentLocale()

  const cells = useMemo(() => {
    const map = new Map<string, Booking[]>()
    for (const b of bookings.data?.items ?? []) {
      const key = `${b.roomId}|${dayOf(b.startsAt)}`
      map.set(key, [...(map.get(key) ?? []), b])
    }
    return map
  }, [bookings.data])

  const columns: TableColumnsType<Room> = [
    {
      key: 'room',
      title: t('centre.week.room'),
      fixed: 'left',
      width: 168,
      render: (_, room) => (
        <Flex vertical>
          <Typography.Text strong>{room.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('centre.week.hours', { from: room.openFrom, to: room.openTo })}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('centre.week.capacity', { count: room.capacity })}
          </Typography.Text>
        </Flex>
      ),
    },
    ...days.map((day) => ({
      key: day,
      title: <span data-testid={`week-day-${day}`}>{weekdayLabel(day, locale)}</span>,
      className: day === today ? 'tx-centre-today' : undefined,
      render: (_: unknown, room: Room) => (
        <Flex
          vertical
          gap={4}
          className="tx-centre-day"
          data-testid="week-cell"
          data-room={room.name}
          data-day={day}
        >
          {(cells.get(`${room.id}|${day}`) ?? []).map((b) => (
            <BookingBlock
              key={b.id}
              booking={b}
              canCancel={canManage && b.activityId === null && b.endsAt > Date.now()}
              onCancel={() => {
                cancel.reset()
                setCancelling(b)
              }}
            />
          ))}
          {canManage && day >= today && (
            <Tooltip title={t('centre.week.bookHere')}>
              <Button
                className="tx-centre-add"
                type="dashed"
                size="small"
                icon={<PlusOutlined />}
                aria-label={`${t('centre.week.bookHere')} ${room.name} ${day}`}
                onClick={() => {
                  setBooking({ roomId: room.id, day })
                }}
              />
            </Tooltip>
          )}
        </Flex>
      ),
    })),
  ]

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        <Button
          icon={<LeftOutlined />}
          aria-label={t('centre.week.previous')}
          data-testid="week-previous"
          onClick={() => {
            onWeek(addDays(week, -7))
          }}
        />
        <Button
          data-testid="week-this"
          disabled={week === mondayOf(today)}
          onClick={() => {
            onWeek(mondayOf(today))
          }}
        >
          {t('centre.week.thisWeek')}
        </Button>
        <Button
          icon={<RightOutlined />}
          aria-label={t('centre.week.next')}
          data-testid="week-next"
          onClick={() => {
            onWeek(addDays(week, 7))
          }}
        />
        <Typography.Text data-testid="week-range">
          {week} ~ {last}
        </Typography.Text>
        <span style={{ flex: 1 }} />
        {canManage ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="booking-new"
            disabled={rooms.length === 0}
            onClick={() => {
              setBooking({})
            }}
          >
            {t('centre.booking.new')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('centre.week.readOnly')}</Typography.Text>
        )}
      </Flex>
      {bookings.isError && <ApiErrorAlert error={bookings.error} onRetry={() => void bookings.refetch()} />}
      <Table<Room>
        className="tx-centre-week"
        data-testid="room-week"
        size="small"
        bordered
        rowKey="id"
        columns={columns}
        dataSource={[...rooms]}
        loading={bookings.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('centre.week.noRooms') }}
      />
      {booking && (
        <BookingDialog
          rooms={rooms}
          initial={booking}
          onClose={() => {
            setBooking(null)
          }}
          onBooked={(b) => {
            setBooking(null)
            onWeek(mondayOf(dayOf(b.startsAt)))
          }}
        />
      )}
      {cancelling && (
        <ReasonDialog
          title={t('centre.booking.cancelTitle', {
            room: cancelling.roomName,
            span: `${dayOf(cancelling.startsAt)} ${clockOf(cancelling.startsAt)}–${clockOf(cancelling.endsAt)}`,
          })}
          label={t('centre.booking.reason')}
          requiredMessage={t('centre.booking.reasonRequired')}
          submitText={t('centre.booking.confirmCancel')}
          closeText={t('centre.booking.close')}
          pending={cancel.isPending}
          error={cancel.error}
          onClose={() => {
            setCancelling(null)
          }}
          onSubmit={(reason) => {
            cancel.mutate(
              { id: cancelling.id, version: cancelling.version, reason },
              {
                onSuccess: () => {
                  void message.success(t('centre.booking.cancelled'))
                  setCancelling(null)
                },
              },
            )
          }}
        />
      )}
    </Flex>
  )
}

function BookingBlock({
  booking,
  canCancel,
  onCancel,
}: {
  booking: Booking
  canCancel: boolean
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const activity = booking.activityId
  return (
    <div
      className={`tx-centre-booking${activity ? ' tx-centre-booking-activity' : ''}`}
      data-testid="booking-block"
      title={t('centre.week.bookedBy', { name: booking.bookedBy })}
    >
      <Typography.Text strong style={{ fontSize: 12 }} data-testid="booking-block-time">
        {clockOf(booking.startsAt)}–{clockOf(booking.endsAt)}
      </Typography.Text>
      {activity ? (
        <Link to={`/centre/activities/${activity}`} data-testid="booking-activity">
          {booking.purpose}
        </Link>
      ) : (
        <span data-testid="booking-block-purpose">{booking.purpose}</span>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="booking-block-organiser">
        {booking.organiser}
      </Typography.Text>
      {canCancel && (
        <Button type="link" danger size="small" data-testid="booking-cancel" onClick={onCancel}>
          {t('centre.booking.cancel')}
        </Button>
      )}
    </div>
  )
}
