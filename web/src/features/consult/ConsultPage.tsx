import { ArrowLeftOutlined, DeleteOutlined } from '@ant-design/icons'
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Input,
  Modal,
  Result,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useShowError } from '../../ui/useShowError'
import { formatTime } from '../requests/format'
import { ResidentPicker, type PickedResident } from '../requests/ResidentPicker'
import '../requests/requests.css'
import { ConsultDecisions } from './ConsultDecisions'
import { ConsultMeeting } from './ConsultMeeting'
import { ConsultStateTag } from './ConsultStateTag'
import {
  useConsultation,
  useDrop,
  useInvite,
  useProviders,
  useSetAgenda,
  useUninvite,
} from './consultQueries'
import { isPreparing } from './state'
import { capacities, type Capacity, type ConsultView } from './types'

/** /consultations/:id: the topic, its agenda and invitees, the meeting, its decisions and their tasks. */
export function ConsultPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const query = useConsultation(id)
  if (query.isPending) return <Skeleton active />
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404)
      return (
        <Result
          status="404"
          title={t('shell.notFound')}
          extra={<Link to="/consultations">{t('consult.list.heading')}</Link>}
        />
      )
    return <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
  }
  const view = query.data
  return (
    <Flex vertical gap={16} data-testid="consult-page">
      <Header view={view} />
      <Agenda view={view} />
      <Invitees view={view} />
      <ConsultMeeting view={view} />
      <ConsultDecisions view={view} />
    </Flex>
  )
}

function Header({ view }: { view: ConsultView }) {
  const { t } = useTranslation()
  const [dropping, setDropping] = useState(false)
  const [reason, setReason] = useState('')
  const drop = useDrop(view.id)
  const showError = useShowError()
  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          <Link to={`/consultations?community=${view.community.id}`} aria-label={t('consult.list.heading')}>
            <ArrowLeftOutlined />
          </Link>
          <span data-testid="consult-title">{view.title}</span>
          <ConsultStateTag state={view.state} data-testid="consult-state" />
        </Flex>
      }
      extra={
        view.canManage &&
        isPreparing(view) && (
          <Button
            danger
            onClick={() => {
              setDropping(true)
            }}
            data-testid="consult-drop"
          >
            {t('consult.page.drop')}
          </Button>
        )
      }
    >
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('consult.page.place')}>
          {view.place.name}（{view.community.name}）
        </Descriptions.Item>
        <Descriptions.Item label={t('consult.form.source')}>
          {t('consult.page.raised', { source: t(`consult.sources.${view.source}`), name: view.raisedBy })}
        </Descriptions.Item>
        <Descriptions.Item label={t('consult.form.description')} span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {view.description}
          </Typography.Paragraph>
        </Descriptions.Item>
        {view.requests.length > 0 && (
          <Descriptions.Item label={t('consult.page.requests')} span={2}>
            <Flex gap={8} wrap data-testid="consult-requests">
              {view.requests.map((r) => (
                <Link key={r.id} to={`/requests/${r.id}`}>
                  <Tag>
                    <span className="tx-identifier">{r.number}</span> {r.title}（{r.stateZh}）
                  </Tag>
                </Link>
              ))}
            </Flex>
          </Descriptions.Item>
        )}
        {view.droppedReason && (
          <Descriptions.Item label={t('consult.states.dropped')} span={2}>
            {t('consult.page.dropped', { reason: view.droppedReason })}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Text type="secondary">
        {t('consult.page.createdBy', { name: view.createdBy, time: formatTime(view.createdAt) })}
      </Typography.Text>
      <Modal
        open={dropping}
        title={t('consult.page.drop')}
        okButtonProps={{ danger: true, disabled: reason.trim().length < 2, loading: drop.isPending }}
        onCancel={() => {
          setDropping(false)
        }}
        onOk={() => {
          drop.mutate(
            { reason: reason.trim(), version: view.version },
            {
              onSuccess: () => {
                setDropping(false)
              },
              onError: (e) => {
                showError(e)
              },
            },
          )
        }}
      >
        <Input.TextArea
          rows={3}
          placeholder={t('consult.page.dropReason')}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value)
          }}
        />
      </Modal>
    </Card>
  )
}

function Agenda({ view }: { view: ConsultView }) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState<string | null>(null)
  const save = useSetAgenda(view.id)
  const showError = useShowError()
  const editable = view.canManage && isPreparing(view)
  return (
    <Card
      size="small"
      title={t('consult.page.agenda')}
      extra={
        editable &&
        editing === null && (
          <Button
            size="small"
            onClick={() => {
              setEditing(view.agenda.join('\n'))
            }}
            data-testid="consult-agenda-edit"
          >
            {t('consult.page.editAgenda')}
          </Button>
        )
      }
    >
      {editing !== null ? (
        <Flex vertical gap={8}>
          <Input.TextArea
            rows={4}
            value={editing}
            onChange={(e) => {
              setEditing(e.target.value)
            }}
            data-testid="consult-agenda-text"
          />
          <Space>
            <Button
              type="primary"
              loading={save.isPending}
              data-testid="consult-agenda-save"
              onClick={() => {
                const items = editing
                  .split('\n')
                  .map((l) => l.trim())
                  .filter(Boolean)
                save.mutate(
                  { items, version: view.version },
                  {
                    onSuccess: () => {
                      setEditing(null)
                    },
                    onError: (e) => {
                      showError(e)
                    },
                  },
                )
              }}
            >
              {t('consult.page.saveAgenda')}
            </Button>
            <Button
              onClick={() => {
                setEditing(null)
              }}
            >
              {t('registry.cancel')}
            </Button>
          </Space>
        </Flex>
      ) : view.agenda.length === 0 ? (
        <Typography.Text type="secondary">{t('consult.page.noAgenda')}</Typography.Text>
      ) : (
        <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="consult-agenda">
          {view.agenda.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ol>
      )}
    </Card>
  )
}

function Invitees({ view }: { view: ConsultView }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const invite = useInvite(view.id)
  const uninvite = useUninvite(view.id)
  const providers = useProviders(view.community.id)
  const [person, setPerson] = useState<PickedResident | null>(null)
  const [capacity, setCapacity] = useState<Capacity>('resident')
  const [providerId, setProviderId] = useState<string | undefined>()
  const editable = view.canManage && isPreparing(view)
  const held = !isPreparing(view) && view.state !== 'dropped'
  const capacityOptions = capacities.map((c) => ({ value: c, label: t(`consult.capacities.${c}`) }))
  const done = () => void message.success(t('consult.page.saved'))
  return (
    <Card size="small" title={t('consult.page.invitees')}>
      <Flex vertical gap={12}>
        {view.invitees.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('consult.page.noInvitees')} />
        ) : (
          <Flex gap={8} wrap data-testid="consult-invitees">
            {view.invitees.map((i) => (
              <Tag
                key={i.id}
                data-testid="consult-invitee"
                color={held ? (i.attended ? 'green' : 'default') : 'blue'}
                closable={editable}
                onClose={(e) => {
                  e.preventDefault()
                  uninvite.mutate(i.id, {
                    onError: (err) => {
                      showError(err)
                    },
                  })
                }}
                closeIcon={<DeleteOutlined aria-label={t('consult.page.remove')} />}
              >
                {i.name} · {t(`consult.capacities.${i.capacity}`)}
                {held ? ` · ${i.attended ? t('consult.page.attended') : t('consult.page.absent')}` : ''}
              </Tag>
            ))}
          </Flex>
        )}
        {editable && (
          <Flex vertical gap={8}>
            <Typography.Text strong>{t('consult.page.invitePerson')}</Typography.Text>
            <Flex gap={8} wrap align="start">
              <div style={{ flex: 1, minWidth: 260 }}>
                <ResidentPicker value={person} onChange={setPerson} size="middle" />
              </div>
              <Select<Capacity>
                style={{ width: 140 }}
                aria-label={t('consult.page.capacity')}
                value={capacity}
                onChange={setCapacity}
                options={capacityOptions}
                data-testid="consult-invite-capacity"
              />
              <Button
                type="primary"
                disabled={!person}
                loading={invite.isPending}
                data-testid="consult-invite-person"
                onClick={() => {
                  if (!person) return
                  invite.mutate([{ personId: person.id, capacity }], {
                    onSuccess: () => {
                      setPerson(null)
                      done()
                    },
                    onError: (e) => {
                      showError(e)
                    },
                  })
                }}
              >
                {t('consult.page.invite')}
              </Button>
            </Flex>
            <Typography.Text strong>{t('consult.page.inviteProvider')}</Typography.Text>
            <Flex gap={8} wrap>
              <Select<string>
                style={{ minWidth: 260 }}
                placeholder={t('consult.page.provider')}
                value={providerId}
                onChange={setProviderId}
                data-testid="consult-invite-provider-select"
                options={(providers.data?.items ?? []).map((p) => ({
                  value: p.id,
                  label: `${p.name}（${p.kindName}）`,
                }))}
              />
              <Button
                disabled={!providerId}
                loading={invite.isPending}
                data-testid="consult-invite-provider"
                onClick={() => {
                  if (!providerId) return
                  invite.mutate([{ providerId, capacity: 'property_company' }], {
                    onSuccess: () => {
                      setProviderId(undefined)
                      done()
                    },
                    onError: (e) => {
                      showError(e)
                    },
                  })
                }}
              >
                {t('consult.page.invite')}
              </Button>
            </Flex>
          </Flex>
        )}
      </Flex>
    </Card>
  )
}
