import { ArrowLeftOutlined, CheckOutlined, UserAddOutlined } from '@ant-design/icons'
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Image,
  Popconfirm,
  Result,
  Row,
  Skeleton,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useMe } from '../auth/session'
import { formatTime } from '../requests/format'
import { ResidentPicker, type PickedResident } from '../requests/ResidentPicker'
import '../requests/requests.css'
import { ActivityStateTag } from './ActivityStateTag'
import { AttendanceDialog } from './AttendanceDialog'
import {
  activityPhotoUrl,
  useActivity,
  useCancelActivity,
  useCancelSignup,
  useReloadActivity,
  useSignUp,
} from './centreQueries'
import { useSignupText } from './ActivityList'
import { ReasonDialog } from './ReasonDialog'
import { formatSpan } from './time'
import type { Activity, Signup } from './types'
import './centre.css'

/** A grey square where a photo cannot be shown. */
const photoFallback =
  'data:image/svg+xml;utf8,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="88" height="88"><rect width="88" height="88" fill="#f0f0f0"/></svg>',
  )

/** /centre/activities/:id: an activity, its sign-ups, and what the reader may do with it. */
export function ActivityPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const activity = useActivity(id)
  if (activity.data) return <ActivityDetails activity={activity.data} />
  if (activity.isError) {
    if (isApiError(activity.error) && activity.error.status === 404)
      return <Result status="404" title={t('centre.activity.notFound')} />
    return <ApiErrorAlert error={activity.error} onRetry={() => void activity.refetch()} />
  }
  return <Skeleton active />
}

/** Whether an instant has come, re-rendering when it does (an activity starting while the page is open). */
function useReached(at: number): boolean {
  const [reached, setReached] = useState(() => Date.now() >= at)
  useEffect(() => {
    const wait = at - Date.now()
    setReached(wait <= 0)
    if (wait <= 0 || wait > 2 ** 31 - 1) return
    const timer = setTimeout(() => {
      setReached(true)
    }, wait + 50)
    return () => {
      clearTimeout(timer)
    }
  }, [at])
  return reached
}

function ActivityDetails({ activity }: { activity: Activity }) {
  const { t } = useTranslation()
  const me = useMe()
  const signs = me.permissions.includes('centre.signup')
  return (
    <Flex vertical gap={16} data-testid="activity-page">
      <Link to="/centre?tab=activities" data-testid="activity-back">
        <ArrowLeftOutlined /> {t('centre.activity.back')}
      </Link>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={16}>
            <ActivityCard activity={activity} />
            <SignupList activity={activity} canCancel={signs} />
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            {activity.canManage && activity.state === 'open' && <ManagePanel activity={activity} />}
            {signs && activity.state === 'open' && <SignupPanel activity={activity} />}
          </Flex>
        </Col>
      </Row>
    </Flex>
  )
}

function ActivityCard({ activity }: { activity: Activity }) {
  const { t } = useTranslation()
  const signups = useSignupText()
  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          <span data-testid="activity-title">{activity.title}</span>
          <ActivityStateTag state={activity.state} data-testid="activity-state" />
        </Flex>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'kind',
            label: t('centre.activity.kind'),
            children: t(`centre.activityKinds.${activity.kind}`),
          },
          {
            key: 'time',
            label: t('centre.activity.time'),
            children: (
              <span data-testid="activity-time">{formatSpan(activity.startsAt, activity.endsAt)}</span>
            ),
          },
          {
            key: 'place',
            label: t('centre.activity.place'),
            children: <span data-testid="activity-place">{activity.place}</span>,
          },
          {
            key: 'signedUp',
            label: t('centre.activity.signedUp'),
            children: <span data-testid="activity-signed-up">{signups(activity)}</span>,
          },
          ...(activity.signupUntil === null
            ? []
            : [
                {
                  key: 'signupUntil',
                  label: t('centre.activity.signupUntil'),
                  children: formatTime(activity.signupUntil),
                },
              ]),
          ...(activity.state === 'held'
            ? [
                {
                  key: 'attended',
                  label: t('centre.activity.attended'),
                  children: <span data-testid="activity-attended">{activity.attended}</span>,
                },
              ]
            : []),
        ]}
      />
      {activity.description !== '' && (
        <>
          <Typography.Title level={5}>{t('centre.activity.description')}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="activity-description">
            {activity.description}
          </Typography.Paragraph>
        </>
      )}
      {activity.summary !== null && (
        <>
          <Typography.Title level={5}>{t('centre.activity.summary')}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="activity-summary">
            {activity.summary}
          </Typography.Paragraph>
        </>
      )}
      {activity.photos.length > 0 && (
        <>
          <Typography.Title level={5}>
            {t('centre.activity.photos')}{' '}
            <Typography.Text type="secondary" data-testid="activity-photo-count">
              {t('centre.activity.photoCount', { count: activity.photos.length })}
            </Typography.Text>
          </Typography.Title>
          <div className="tx-photos" data-testid="activity-photos">
            <Image.PreviewGroup>
              {activity.photos.map((fileId) => (
                <Image
                  key={fileId}
                  src={activityPhotoUrl(activity.id, fileId)}
                  fallback={photoFallback}
                  width={88}
                  height={88}
                  style={{ objectFit: 'cover', borderRadius: 6 }}
                  alt=""
                />
              ))}
            </Image.PreviewGroup>
          </div>
        </>
      )}
    </Card>
  )
}

const signupColours: Record<Signup['state'], string> = {
  signed: 'blue',
  walk_in: 'purple',
  cancelled: 'default',
}

function SignupList({ activity, canCancel }: { activity: Activity; canCancel: boolean }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const cancel = useCancelSignup()
  const columns: TableColumnsType<Signup> = [
    {
      key: 'name',
      title: t('centre.signups.name'),
      render: (_, s) => <span data-testid="signup-name">{s.name}</span>,
    },
    {
      key: 'state',
      title: t('centre.signups.state'),
      render: (_, s) => (
        <Tag color={signupColours[s.state]} data-testid="signup-state">
          {t(`centre.signups.states.${s.state}`)}
        </Tag>
      ),
    },
    {
      key: 'attended',
      title: t('centre.signups.attended'),
      render: (_, s) =>
        s.attended ? (
          <CheckOutlined aria-label={t('centre.signups.attended')} data-testid="signup-attended" />
        ) : null,
    },
    ...(canCancel && activity.state === 'open'
      ? [
          {
            key: 'actions',
            title: '',
            render: (_: unknown, s: Signup) =>
              s.state === 'signed' ? (
                <Popconfirm
                  title={t('centre.signups.confirmCancel', { name: s.name })}
                  onConfirm={() => {
                    cancel.mutate(s.id, {
                      onSuccess: () => {
                        void message.success(t('centre.signups.cancelled', { name: s.name }))
                      },
                    })
                  }}
                >
                  <Button type="link" danger size="small" data-testid="signup-cancel">
                    {t('centre.signups.cancel')}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]
      : []),
  ]
  return (
    <Card size="small" title={t('centre.signups.title')}>
      {cancel.isError && (
        <div style={{ marginBottom: 12 }}>
          <ApiErrorAlert error={cancel.error} />
        </div>
      )}
      <Table<Signup>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={activity.signups}
        pagination={false}
        locale={{ emptyText: t('centre.signups.none') }}
        data-testid="signup-list"
      />
    </Card>
  )
}

/** Signs a resident up, found with the registry's search; refusals (full, closed, twice) show here. */
function SignupPanel({ activity }: { activity: Activity }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [picked, setPicked] = useState<PickedResident | null>(null)
  const signUp = useSignUp(activity.id)
  return (
    <Card size="small" title={t('centre.signups.pick')} data-testid="signup-panel">
      {activity.canSignUp ? (
        <Flex vertical gap={12}>
          <ResidentPicker
            value={picked}
            size="middle"
            onChange={(resident) => {
              signUp.reset()
              setPicked(resident)
            }}
          />
          {signUp.isError && <ApiErrorAlert error={signUp.error} data-testid="signup-error" />}
          <Button
            type="primary"
            icon={<UserAddOutlined />}
            disabled={!picked}
            loading={signUp.isPending}
            data-testid="signup-submit"
            onClick={() => {
              if (!picked) return
              signUp.mutate(picked.id, {
                onSuccess: () => {
                  void message.success(t('centre.signups.done', { name: picked.name }))
                  setPicked(null)
                },
              })
            }}
          >
            {t('centre.signups.signUp')}
          </Button>
        </Flex>
      ) : (
        <Typography.Text type="secondary" data-testid="signup-closed">
          {t('centre.activity.signupClosed')}
        </Typography.Text>
      )}
    </Card>
  )
}

/** For those who run the centre: record who came once it has started, or cancel it. */
function ManagePanel({ activity }: { activity: Activity }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const started = useReached(activity.startsAt)
  const [recording, setRecording] = useState(false)
  const [cancelling, setCancelling] = useState(false)
  const cancel = useCancelActivity(activity.id)
  const reload = useReloadActivity()
  const record = (
    <Button
      type="primary"
      block
      disabled={!started}
      data-testid="attendance-open"
      onClick={() => {
        setRecording(true)
      }}
    >
      {t('centre.attendance.open')}
    </Button>
  )
  return (
    <Card size="small">
      <Flex vertical gap={8}>
        {started ? record : <Tooltip title={t('centre.attendance.notStarted')}>{record}</Tooltip>}
        {!started && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('centre.attendance.notStarted')}
          </Typography.Text>
        )}
        <Button
          danger
          block
          data-testid="activity-cancel"
          onClick={() => {
            cancel.reset()
            setCancelling(true)
          }}
        >
          {t('centre.cancelActivity.open')}
        </Button>
      </Flex>
      {recording && (
        <AttendanceDialog
          activity={activity}
          onClose={() => {
            setRecording(false)
          }}
        />
      )}
      {cancelling && (
        <ReasonDialog
          title={t('centre.cancelActivity.title', { title: activity.title })}
          label={t('centre.cancelActivity.reason')}
          requiredMessage={t('centre.cancelActivity.reasonRequired')}
          submitText={t('centre.cancelActivity.submit')}
          closeText={t('centre.attendance.close')}
          pending={cancel.isPending}
          error={cancel.error}
          onClose={() => {
            setCancelling(false)
          }}
          onSubmit={(reason) => {
            cancel.mutate(
              { version: activity.version, reason },
              {
                onSuccess: () => {
                  void message.success(t('centre.cancelActivity.done'))
                  setCancelling(false)
                },
                onError: (error) => {
                  if (isApiError(error) && error.status === 409) reload(activity.id)
                },
              },
            )
          }}
        />
      )}
    </Card>
  )
}
