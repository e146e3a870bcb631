import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Flex, Form, Input, Modal, Segmented, Select, Skeleton, Table, Tag } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { applyFieldErrors } from '../../ui/useShowError'
import { useBooksContext } from '../books/BooksLayout'
import {
  useCandidates,
  useConfirmMember,
  useEndMember,
  useLinkAccount,
  useMembers,
} from './collectiveQueries'
import { DecisionSelect, today } from './common'
import { memberBases, type EndMemberBody, type Member, type MemberBody, type MemberStatus } from './types'

const membership = ['membership'] as const

/**
 * /books/:villageId/collective/members: the organisation's members wherever they now live, with
 * their shares; 确认成员 on an adopted 成员资格认定 decision and 终止 (death, or a decision).
 */
export function MembersPage() {
  const { t } = useTranslation()
  const { villageId, book } = useBooksContext()
  const [status, setStatus] = useState<MemberStatus>('active')
  const [q, setQ] = useState('')
  const members = useMembers(villageId, status)
  const [confirming, setConfirming] = useState(false)
  const [ending, setEnding] = useState<Member | null>(null)
  const [linking, setLinking] = useState<Member | null>(null)
  const shown = useMemo(() => {
    const needle = q.trim()
    return (members.data?.items ?? []).filter((m) => needle === '' || m.name.includes(needle))
  }, [members.data, q])

  let body
  if (members.isError) body = <ApiErrorAlert error={members.error} onRetry={() => void members.refetch()} />
  else if (!members.data) body = <Skeleton active />
  else
    body = (
      <Table<Member>
        size="small"
        rowKey="id"
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        dataSource={shown}
        locale={{ emptyText: t('collective.members.empty') }}
        footer={() => t('collective.members.count', { count: shown.length })}
        onRow={(m) => ({ 'data-testid': `member-row-${m.name}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'name', title: t('collective.members.name'), dataIndex: 'name', fixed: 'left' },
          {
            key: 'sex',
            title: t('collective.members.sex'),
            render: (_, m) =>
              m.sex === 'male' || m.sex === 'female' ? t(`collective.members.sexes.${m.sex}`) : m.sex,
          },
          { key: 'livesIn', title: t('collective.members.livesIn'), render: (_, m) => m.livesIn ?? '' },
          {
            key: 'basis',
            title: t('collective.members.basis'),
            render: (_, m) => t(`collective.members.bases.${m.basis}`),
          },
          { key: 'sinceOn', title: t('collective.members.sinceOn'), dataIndex: 'sinceOn' },
          {
            key: 'decision',
            title: t('collective.decision'),
            render: (_, m) => m.decision.title,
          },
          {
            key: 'shares',
            title: t('collective.shares'),
            className: 'tx-books-num',
            render: (_, m) => <span data-testid="member-shares">{m.shares}</span>,
          },
          {
            key: 'status',
            title: t('collective.members.status'),
            render: (_, m) =>
              m.status === 'active' ? (
                <Tag color="green">{t('collective.members.statuses.active')}</Tag>
              ) : (
                <Tag>
                  {t('collective.members.statuses.ended')} {m.endedOn}
                </Tag>
              ),
          },
          ...(book.canWrite
            ? [
                {
                  key: 'actions',
                  title: '',
                  render: (_: unknown, m: Member) =>
                    m.status === 'active' ? (
                      <Flex gap={4} wrap>
                        <Button
                          size="small"
                          data-testid="member-account"
                          onClick={() => {
                            setLinking(m)
                          }}
                        >
                          {m.account
                            ? t('collective.members.account', { account: m.account })
                            : t('collective.members.link')}
                        </Button>
                        <Button
                          size="small"
                          danger
                          data-testid="member-end"
                          onClick={() => {
                            setEnding(m)
                          }}
                        >
                          {t('collective.members.end')}
                        </Button>
                      </Flex>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    )

  return (
    <Flex vertical gap={12} data-testid="collective-members">
      <Flex gap={12} align="center" wrap>
        <Segmented<MemberStatus>
          data-testid="members-status"
          value={status}
          onChange={setStatus}
          options={(['active', 'ended', 'all'] as const).map((s) => ({
            value: s,
            label: t(`collective.members.statuses.${s}`),
          }))}
        />
        <Input.Search
          allowClear
          style={{ maxWidth: 220 }}
          placeholder={t('collective.members.search')}
          data-testid="members-search"
          onChange={(e) => {
            setQ(e.target.value)
          }}
        />
        {book.canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="member-confirm"
            style={{ marginLeft: 'auto' }}
            onClick={() => {
              setConfirming(true)
            }}
          >
            {t('collective.members.confirm')}
          </Button>
        )}
      </Flex>
      {body}
      {confirming && (
        <ConfirmMember
          onClose={() => {
            setConfirming(false)
          }}
        />
      )}
      {linking && (
        <LinkAccount
          member={linking}
          onClose={() => {
            setLinking(null)
          }}
        />
      )}
      {ending && (
        <EndMember
          member={ending}
          onClose={() => {
            setEnding(null)
          }}
        />
      )}
    </Flex>
  )
}

/**
 * The person is picked among the candidates the server gives: people whose origin village is this
 * village, living and not yet members (their ID number by its last four characters only).
 */
function ConfirmMember({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const { villageId } = useBooksContext()
  const confirm = useConfirmMember(villageId)
  const { message } = App.useApp()
  const [form] = Form.useForm<MemberBody>()
  const [unplaced, setUnplaced] = useState<FieldError[]>([])
  const [q, setQ] = useState('')
  const candidates = useCandidates(villageId, q.trim())
  const options = (candidates.data?.items ?? []).map((p) => ({
    value: p.personId,
    label: [
      p.name,
      p.birthDate,
      p.idTail ? t('collective.members.idTail', { tail: p.idTail }) : null,
      p.livesIn,
    ]
      .filter((part) => part !== null)
      .join(' · '),
  }))
  return (
    <Modal
      open
      title={t('collective.members.confirm')}
      okText={t('collective.members.confirm')}
      cancelText={t('collective.cancel')}
      okButtonProps={{ 'data-testid': 'member-confirm-ok' }}
      confirmLoading={confirm.isPending}
      onCancel={onClose}
      onOk={() => {
        form.submit()
      }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ basis: 'original', sinceOn: today() }}
        onFinish={(values) => {
          confirm.mutate(values, {
            onSuccess: (m) => {
              void message.success(t('collective.members.confirmed', { name: m.name }))
              onClose()
            },
            onError: (error) => {
              setUnplaced(applyFieldErrors(error, form))
            },
          })
        }}
      >
        <Form.Item name="personId" label={t('collective.members.person')} rules={[{ required: true }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: setQ }}
            data-testid="member-person"
            placeholder={t('collective.members.personPlaceholder')}
            loading={candidates.isFetching}
            notFoundContent={null}
            options={options}
          />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="basis" label={t('collective.members.basis')} rules={[{ required: true }]}>
            <Select
              style={{ minWidth: 140 }}
              data-testid="member-basis"
              options={memberBases.map((b) => ({ value: b, label: t(`collective.members.bases.${b}`) }))}
            />
          </Form.Item>
          <Form.Item name="sinceOn" label={t('collective.members.sinceOn')} rules={[{ required: true }]}>
            <Input type="date" data-testid="member-since" style={{ width: 170 }} />
          </Form.Item>
        </Flex>
        <Form.Item name="decisionId" label={t('collective.decision')} rules={[{ required: true }]}>
          <DecisionSelect villageId={villageId} kinds={membership} testId="member-decision" />
        </Form.Item>
        {confirm.isError && (
          <ApiErrorAlert error={confirm.error} unplacedFields={unplaced} data-testid="member-error" />
        )}
      </Form>
    </Modal>
  )
}

/** 关联账号: the member's own account reads the collective's disclosures (财务公开) on a phone. */
function LinkAccount({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t } = useTranslation()
  const { villageId } = useBooksContext()
  const link = useLinkAccount(villageId)
  const { message } = App.useApp()
  const [form] = Form.useForm<{ username: string }>()
  const [unplaced, setUnplaced] = useState<FieldError[]>([])
  return (
    <Modal
      open
      title={t('collective.members.linkTitle', { name: member.name })}
      okText={t('collective.members.link')}
      cancelText={t('collective.cancel')}
      okButtonProps={{ 'data-testid': 'member-account-ok' }}
      confirmLoading={link.isPending}
      onCancel={onClose}
      onOk={() => {
        form.submit()
      }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ username: member.account ?? '' }}
        onFinish={(values) => {
          link.mutate(
            { id: member.id, username: values.username.trim(), version: member.version },
            {
              onSuccess: () => {
                void message.success(t('collective.members.linked', { name: member.name }))
                onClose()
              },
              onError: (error) => {
                setUnplaced(applyFieldErrors(error, form))
              },
            },
          )
        }}
      >
        <Form.Item
          name="username"
          label={t('collective.members.username')}
          extra={t('collective.members.linkHint')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input data-testid="member-account-username" autoComplete="off" maxLength={64} />
        </Form.Item>
        {link.isError && <ApiErrorAlert error={link.error} unplacedFields={unplaced} />}
      </Form>
    </Modal>
  )
}

function EndMember({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t } = useTranslation()
  const { villageId } = useBooksContext()
  const end = useEndMember(villageId)
  const { message } = App.useApp()
  const [form] = Form.useForm<Omit<EndMemberBody, 'version'>>()
  const [unplaced, setUnplaced] = useState<FieldError[]>([])
  const reason = Form.useWatch('reason', form) as string | undefined
  return (
    <Modal
      open
      title={t('collective.members.endTitle', { name: member.name })}
      okText={t('collective.members.end')}
      cancelText={t('collective.cancel')}
      okButtonProps={{ danger: true, 'data-testid': 'member-end-ok' }}
      confirmLoading={end.isPending}
      onCancel={onClose}
      onOk={() => {
        form.submit()
      }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ reason: 'deceased', endedOn: today() }}
        onFinish={(values) => {
          end.mutate(
            {
              id: member.id,
              body: {
                version: member.version,
                endedOn: values.endedOn,
                reason: values.reason,
                ...(values.reason !== 'deceased' && values.decisionId
                  ? { decisionId: values.decisionId }
                  : {}),
              },
            },
            {
              onSuccess: () => {
                void message.success(t('collective.members.ended', { name: member.name }))
                onClose()
              },
              onError: (error) => {
                setUnplaced(applyFieldErrors(error, form))
              },
            },
          )
        }}
      >
        <Flex gap={12} wrap>
          <Form.Item name="reason" label={t('collective.members.endReason')} rules={[{ required: true }]}>
            <Select
              style={{ minWidth: 200 }}
              data-testid="member-end-reason"
              options={(['deceased', 'withdrawn', 'other'] as const).map((r) => ({
                value: r,
                label: t(`collective.members.reasons.${r}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="endedOn" label={t('collective.members.endedOn')} rules={[{ required: true }]}>
            <Input type="date" data-testid="member-ended-on" style={{ width: 170 }} />
          </Form.Item>
        </Flex>
        {reason !== undefined && reason !== 'deceased' && (
          <Form.Item
            name="decisionId"
            label={t('collective.decision')}
            extra={t('collective.members.endDecisionHint')}
          >
            <DecisionSelect villageId={villageId} kinds={membership} testId="member-end-decision" />
          </Form.Item>
        )}
        {end.isError && (
          <ApiErrorAlert error={end.error} unplacedFields={unplaced} data-testid="member-end-error" />
        )}
      </Form>
    </Modal>
  )
}
