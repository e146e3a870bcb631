import { Button, Flex, Form, Input, Modal, Select, Tag, Typography, type TableColumnsType } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useShowError } from '../../ui/useShowError'
import { shanghaiToday } from '../figures/period'
import { CursorTable } from '../registry/CursorTable'
import { useSearchPersons } from '../registry/personQueries'
import { useHomeVillages, useLeave, useMemberCounts, useMembers, useRegister } from './partyQueries'
import type { Member } from './types'

/** The members registered with the community, filtered by home organisation, with counts per organisation. */
export function MembersTab({ communityId }: { communityId: string }) {
  const { t } = useTranslation()
  const [home, setHome] = useState<string>()
  const [open, setOpen] = useState(false)
  const [leaving, setLeaving] = useState<Member>()
  const counts = useMemberCounts(communityId)
  const list = useMembers(communityId, home)
  const columns: TableColumnsType<Member> = [
    {
      title: t('party.members.name'),
      dataIndex: 'name',
      render: (name: string, m) => (
        <Link to={`/party/members/${m.id}`} data-testid="party-member-link">
          {name}
        </Link>
      ),
    },
    { title: t('party.members.home'), dataIndex: 'homeName' },
    {
      title: t('party.members.homeKind'),
      dataIndex: 'homeKind',
      render: (k: Member['homeKind']) => t(`party.homeKinds.${k}`),
    },
    { title: t('party.members.registeredOn'), dataIndex: 'registeredOn' },
    { title: t('party.members.account'), dataIndex: 'linkedUsername', render: (u: string | null) => u ?? '' },
    {
      title: t('party.members.status'),
      dataIndex: 'status',
      render: (s: Member['status'], m) =>
        s === 'active' ? (
          <Tag color="red">{t('party.members.active')}</Tag>
        ) : (
          <Tag>{`${t('party.members.left')} ${m.leftOn ?? ''}`}</Tag>
        ),
    },
    {
      render: (_, m) =>
        m.status === 'active' ? (
          <Button
            size="small"
            onClick={() => {
              setLeaving(m)
            }}
          >
            {t('party.members.leave')}
          </Button>
        ) : null,
    },
  ]
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center" justify="space-between">
        <Flex gap={6} wrap align="center" data-testid="party-home-counts">
          <Typography.Text type="secondary">{t('party.members.counts')}：</Typography.Text>
          <Tag.CheckableTag
            checked={home === undefined}
            onChange={() => {
              setHome(undefined)
            }}
          >
            {t('party.members.allHomes')}
          </Tag.CheckableTag>
          {(counts.data?.byHome ?? []).map((h) => (
            <Tag.CheckableTag
              key={h.homeName}
              checked={home === h.homeName}
              onChange={() => {
                setHome(h.homeName)
              }}
            >
              {h.homeName} {h.members}
            </Tag.CheckableTag>
          ))}
        </Flex>
        <Button
          type="primary"
          data-testid="party-register-open"
          onClick={() => {
            setOpen(true)
          }}
        >
          {t('party.members.register')}
        </Button>
      </Flex>
      <CursorTable<Member> list={list} columns={columns} rowKey="id" data-testid="party-members" />
      <RegisterDialog
        communityId={communityId}
        open={open}
        onClose={() => {
          setOpen(false)
        }}
      />
      {leaving && (
        <LeaveDialog
          member={leaving}
          onClose={() => {
            setLeaving(undefined)
          }}
        />
      )}
    </Flex>
  )
}

interface Values {
  personId: string
  homeKind: Member['homeKind']
  homeVillageId?: string
  homeName?: string
  registeredOn: string
  linkedUsername?: string
}

function RegisterDialog({
  communityId,
  open,
  onClose,
}: {
  communityId: string
  open: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const showError = useShowError()
  const register = useRegister()
  const villages = useHomeVillages(open ? communityId : undefined)
  const homeKind = Form.useWatch('homeKind', form)
  const [text, setText] = useState('')
  const [q, setQ] = useState('')
  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(text.trim().slice(0, 40))
    }, 300)
    return () => {
      clearTimeout(timer)
    }
  }, [text])
  const search = useSearchPersons(q)
  // Only the registry's party members can register; phones are never shown here.
  const options = (search.data?.items ?? [])
    .filter((p) => p.partyMember)
    .map((p) => ({ value: p.id, label: `${p.name} · ${p.address}` }))
  return (
    <Modal
      open={open}
      title={t('party.register.title')}
      onCancel={onClose}
      okText={t('party.register.submit')}
      okButtonProps={{ loading: register.isPending, 'data-testid': 'party-register-submit' }}
      onOk={() => {
        form.submit()
      }}
      destroyOnHidden
    >
      {villages.isError && <ApiErrorAlert error={villages.error} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ homeKind: 'village_branch', registeredOn: shanghaiToday() }}
        onFinish={(v) => {
          register.mutate(
            {
              communityId,
              personId: v.personId,
              homeKind: v.homeKind,
              registeredOn: v.registeredOn,
              ...(v.homeKind === 'village_branch' && v.homeVillageId
                ? { homeVillageId: v.homeVillageId }
                : {}),
              ...(v.homeName?.trim() ? { homeName: v.homeName.trim() } : {}),
              ...(v.linkedUsername?.trim() ? { linkedUsername: v.linkedUsername.trim() } : {}),
            },
            {
              onSuccess: () => {
                form.resetFields()
                onClose()
              },
              onError: (error) => {
                showError(error, form)
              },
            },
          )
        }}
      >
        <Form.Item
          name="personId"
          label={t('party.register.person')}
          extra={t('party.register.personHint')}
          rules={[{ required: true }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setText }}
            options={options}
            loading={search.isFetching}
            data-testid="party-register-person"
          />
        </Form.Item>
        <Form.Item name="homeKind" label={t('party.register.homeKind')} rules={[{ required: true }]}>
          <Select
            data-testid="party-register-kind"
            options={(['village_branch', 'workplace', 'other'] as const).map((k) => ({
              value: k,
              label: t(`party.homeKinds.${k}`),
            }))}
          />
        </Form.Item>
        {homeKind === 'village_branch' && (
          <Form.Item name="homeVillageId" label={t('party.register.village')} rules={[{ required: true }]}>
            <Select
              data-testid="party-register-village"
              options={(villages.data?.items ?? []).map((v) => ({ value: v.id, label: v.name }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="homeName"
          label={t('party.register.homeName')}
          extra={homeKind === 'village_branch' ? t('party.register.homeNameHint') : undefined}
          rules={[{ required: homeKind !== 'village_branch' }]}
        >
          <Input maxLength={60} data-testid="party-register-home" />
        </Form.Item>
        <Form.Item name="registeredOn" label={t('party.register.registeredOn')} rules={[{ required: true }]}>
          <Input type="date" max={shanghaiToday()} />
        </Form.Item>
        <Form.Item name="linkedUsername" label={t('party.register.account')}>
          <Input maxLength={64} autoComplete="off" data-testid="party-register-account" />
        </Form.Item>
      </Form>
    </Modal>
  )
}

/** The member has moved away or transferred: registration ends on a date, their posts with it. */
function LeaveDialog({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t } = useTranslation()
  const [leftOn, setLeftOn] = useState(shanghaiToday())
  const leave = useLeave()
  const showError = useShowError()
  return (
    <Modal
      open
      title={`${t('party.members.leave')}：${member.name}`}
      onCancel={onClose}
      okButtonProps={{ loading: leave.isPending }}
      onOk={() => {
        leave.mutate(
          { id: member.id, version: member.version, leftOn },
          {
            onSuccess: onClose,
            onError: (e) => {
              showError(e)
            },
          },
        )
      }}
    >
      <Flex vertical gap={8}>
        <Typography.Text>{t('party.members.leftOn')}</Typography.Text>
        <Input
          type="date"
          value={leftOn}
          max={shanghaiToday()}
          onChange={(e) => {
            setLeftOn(e.target.value)
          }}
        />
      </Flex>
    </Modal>
  )
}
