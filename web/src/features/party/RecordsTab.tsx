import {
  App,
  Button,
  Flex,
  Image,
  Input,
  Modal,
  Segmented,
  Space,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useShowError } from '../../ui/useShowError'
import { CursorTable } from '../registry/CursorTable'
import { useActiveMembers, useDecide, useRecords } from './partyQueries'
import { RecordForm } from './RecordForm'
import { hoursOf, type ServiceRecord } from './types'

const states = ['pending', 'confirmed', 'rejected', 'void'] as const
type State = (typeof states)[number]
const stateColour: Record<State, string> = {
  pending: 'gold',
  confirmed: 'green',
  rejected: 'default',
  void: 'default',
}

/** Service records: those awaiting confirmation first; confirm, return, or void a confirmed one. */
export function RecordsTab({ communityId }: { communityId: string }) {
  const { t } = useTranslation()
  const [state, setState] = useState<State>('pending')
  const [adding, setAdding] = useState(false)
  const list = useRecords(communityId, { state })
  const members = useActiveMembers(adding ? communityId : undefined)
  const decide = useDecide()
  const showError = useShowError()
  const { message } = App.useApp()
  const [asking, setAsking] = useState<{ record: ServiceRecord; action: 'rejection' | 'voiding' }>()
  const [reason, setReason] = useState('')
  const columns: TableColumnsType<ServiceRecord> = [
    { title: t('party.records.servedOn'), dataIndex: 'servedOn' },
    { title: t('party.records.member'), render: (_, r) => `${r.memberName}（${r.homeName}）` },
    {
      title: t('party.records.kind'),
      render: (_, r) => t(`party.records.kinds.${r.kind}`) + (r.target ? `·${r.target}` : ''),
    },
    {
      title: t('party.records.description'),
      render: (_, r) => (
        <Flex vertical gap={4}>
          <span>{r.description}</span>
          {r.photos.length > 0 && (
            <Image.PreviewGroup>
              <Flex gap={4} wrap>
                {r.photos.map((fileId) => (
                  <Image
                    key={fileId}
                    src={`/api/v1/party/records/${r.id}/photos/${fileId}`}
                    width={48}
                    height={48}
                    style={{ objectFit: 'cover', borderRadius: 4 }}
                    alt=""
                  />
                ))}
              </Flex>
            </Image.PreviewGroup>
          )}
        </Flex>
      ),
    },
    { title: t('party.records.hours'), render: (_, r) => hoursOf(r.minutes) },
    {
      title: t('party.records.state'),
      render: (_, r) => (
        <Flex vertical>
          <Tag color={stateColour[r.state]}>{t(`party.records.states.${r.state}`)}</Tag>
          {r.decidedBy && <Typography.Text type="secondary">{r.decidedBy}</Typography.Text>}
          {r.reason && <Typography.Text type="secondary">{r.reason}</Typography.Text>}
        </Flex>
      ),
    },
    { title: t('party.records.recordedBy'), dataIndex: 'recordedBy' },
    {
      render: (_, r) =>
        r.state === 'pending' ? (
          <Space>
            <Button
              size="small"
              type="primary"
              data-testid="party-record-confirm"
              loading={decide.isPending}
              onClick={() => {
                decide.mutate(
                  { id: r.id, action: 'confirmation', version: r.version },
                  {
                    onError: (e) => {
                      showError(e)
                    },
                  },
                )
              }}
            >
              {t('party.records.confirm')}
            </Button>
            <Button
              size="small"
              onClick={() => {
                setReason('')
                setAsking({ record: r, action: 'rejection' })
              }}
            >
              {t('party.records.reject')}
            </Button>
          </Space>
        ) : r.state === 'confirmed' ? (
          <Button
            size="small"
            danger
            onClick={() => {
              setReason('')
              setAsking({ record: r, action: 'voiding' })
            }}
          >
            {t('party.records.void')}
          </Button>
        ) : null,
    },
  ]
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" wrap gap={8}>
        <Segmented<State>
          value={state}
          onChange={setState}
          options={states.map((s) => ({
            value: s,
            label: <span data-testid={`party-records-${s}`}>{t(`party.records.states.${s}`)}</span>,
          }))}
        />
        <Button
          onClick={() => {
            setAdding(true)
          }}
        >
          {t('party.records.add')}
        </Button>
      </Flex>
      <CursorTable<ServiceRecord> list={list} columns={columns} rowKey="id" data-testid="party-records" />
      <Modal
        open={asking !== undefined}
        title={asking?.action === 'voiding' ? t('party.records.void') : t('party.records.reject')}
        onCancel={() => {
          setAsking(undefined)
        }}
        okButtonProps={{ disabled: reason.trim() === '', loading: decide.isPending }}
        onOk={() => {
          if (!asking) return
          decide.mutate(
            {
              id: asking.record.id,
              action: asking.action,
              version: asking.record.version,
              reason: reason.trim(),
            },
            {
              onSuccess: () => {
                setAsking(undefined)
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
          maxLength={200}
          placeholder={t('party.records.reasonPrompt')}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value)
          }}
        />
      </Modal>
      <Modal
        open={adding}
        title={t('party.records.add')}
        footer={null}
        onCancel={() => {
          setAdding(false)
        }}
        destroyOnHidden
      >
        <RecordForm
          communityId={communityId}
          members={members.data?.items ?? []}
          onDone={() => {
            setAdding(false)
            void message.success(t('party.recordForm.done'))
          }}
        />
      </Modal>
    </Flex>
  )
}
