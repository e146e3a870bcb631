import {
  Alert,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Rate,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd'
import type { TFunction } from 'i18next'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isApiError, type FieldError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { applyFieldErrors } from '../../ui/useShowError'
import { useSearchPersons } from '../registry/personQueries'
import { formatTime } from './format'
import {
  useBlowWhistle,
  useEvaluateParty,
  useProviders,
  useReportToWhistle,
  useWhistles,
} from './requestQueries'
import type { Whistle, WhistleParty, WorkItem } from './types'

/** A handler where the item sits, who may summon others to it now (the server says so). */
export function isHandlerOf(item: WorkItem): boolean {
  return item.canWhistle
}

/**
 * 吹哨报到: the handler summons the providers serving the place and party members of the community,
 * with a time to report; each summoned party reports what it contributes, and is evaluated.
 */
export function WhistlePanel({ item, onConflict }: { item: WorkItem; onConflict: () => void }) {
  const { t } = useTranslation()
  const whistles = useWhistles(item.id)
  const handler = isHandlerOf(item)
  const canBlow = handler && item.open && item.state !== 'resolved'
  const [blowing, setBlowing] = useState(false)
  const [conflict, setConflict] = useState(false)
  const list = whistles.data?.items ?? []
  if (!canBlow && list.length === 0) return null
  return (
    <Card
      title={t('requests.whistle.heading')}
      size="small"
      data-testid="whistle-panel"
      extra={
        canBlow && (
          <Button
            danger
            data-testid="whistle-blow"
            onClick={() => {
              setConflict(false)
              setBlowing(true)
            }}
          >
            {t('requests.whistle.blow')}
          </Button>
        )
      }
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('requests.act.conflict')}
          description={t('requests.act.conflictText')}
          closable={{ onClose: () => setConflict(false) }}
        />
      )}
      {whistles.isError ? (
        <ApiErrorAlert error={whistles.error} onRetry={() => void whistles.refetch()} />
      ) : list.length === 0 ? (
        <Typography.Text type="secondary">{t('requests.whistle.none')}</Typography.Text>
      ) : (
        <Flex vertical gap={16}>
          {list.map((w) => (
            <WhistleParties key={w.id} item={item} whistle={w} handler={handler} />
          ))}
        </Flex>
      )}
      {blowing && (
        <BlowDialog
          item={item}
          onClose={() => {
            setBlowing(false)
          }}
          onConflict={() => {
            setBlowing(false)
            setConflict(true)
            onConflict()
          }}
        />
      )}
    </Card>
  )
}

// TFunction, not useTranslation's own type: with every page's messages typed, the latter is too deep
// for the compiler to check a call through it.
function partyStatus(t: TFunction, whistle: Whistle, party: WhistleParty) {
  if (party.reportedAt !== null)
    return party.late ? (
      <Tag color="orange">{t('requests.whistle.reportedLate')}</Tag>
    ) : (
      <Tag color="green">{t('requests.whistle.reported')}</Tag>
    )
  return Date.now() > whistle.reportBy ? (
    <Tag color="red">{t('requests.whistle.overdue')}</Tag>
  ) : (
    <Tag>{t('requests.whistle.waiting')}</Tag>
  )
}

function WhistleParties({ item, whistle, handler }: { item: WorkItem; whistle: Whistle; handler: boolean }) {
  const { t } = useTranslation()
  const [reporting, setReporting] = useState<WhistleParty | null>(null)
  const [evaluating, setEvaluating] = useState<WhistleParty | null>(null)
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">
        {t('requests.whistle.blownAt', {
          time: formatTime(whistle.blownAt),
          by: formatTime(whistle.reportBy),
        })}
      </Typography.Text>
      <Typography.Text className="tx-timeline-note">{whistle.note}</Typography.Text>
      <Table<WhistleParty>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={whistle.parties}
        data-testid="whistle-parties"
        columns={[
          {
            key: 'name',
            title: t('requests.whistle.party'),
            render: (_, p) => (
              <Flex gap={4} align="center">
                <Tag>{t(`requests.whistle.kind.${p.kind}`)}</Tag>
                {p.name}
              </Flex>
            ),
          },
          {
            key: 'status',
            title: t('requests.whistle.status'),
            render: (_, p) => (
              <Flex vertical gap={2}>
                <span data-testid="whistle-party-status">{partyStatus(t, whistle, p)}</span>
                {p.reportedAt !== null && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatTime(p.reportedAt)}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            key: 'contribution',
            title: t('requests.whistle.contribution'),
            render: (_, p) => p.contribution ?? '—',
          },
          {
            key: 'score',
            title: t('requests.whistle.score'),
            render: (_, p) => {
              if (p.score !== null)
                return (
                  <Flex vertical gap={2}>
                    <span>{t('requests.whistle.scoreValue', { score: p.score })}</span>
                    {p.evaluation && <Typography.Text type="secondary">{p.evaluation}</Typography.Text>}
                  </Flex>
                )
              if (p.reportedAt !== null && handler)
                return (
                  <Button
                    size="small"
                    onClick={() => {
                      setEvaluating(p)
                    }}
                  >
                    {t('requests.whistle.evaluate')}
                  </Button>
                )
              // Whoever was summoned reports from here; the server knows whether that is the reader.
              if (p.reportedAt === null && !handler)
                return (
                  <Button
                    size="small"
                    type="primary"
                    data-testid="whistle-report"
                    onClick={() => {
                      setReporting(p)
                    }}
                  >
                    {t('requests.whistle.report')}
                  </Button>
                )
              return '—'
            },
          },
        ]}
      />
      {reporting && (
        <ReportDialog
          itemId={item.id}
          party={reporting}
          onClose={() => {
            setReporting(null)
          }}
        />
      )}
      {evaluating && (
        <EvaluateDialog
          itemId={item.id}
          party={evaluating}
          onClose={() => {
            setEvaluating(null)
          }}
        />
      )}
    </Flex>
  )
}

interface BlowValues {
  note: string
  reportWithinMinutes: number
  providerIds?: string[]
  personIds?: string[]
}

function BlowDialog({
  item,
  onClose,
  onConflict,
}: {
  item: WorkItem
  onClose: () => void
  onConflict: () => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<BlowValues>()
  const blow = useBlowWhistle(item.id)
  const providers = useProviders(item.place.nodeId, true)
  const [q, setQ] = useState('')
  const search = useSearchPersons(q)
  const [picked, setPicked] = useState<Map<string, string>>(new Map())
  const [unplaced, setUnplaced] = useState<FieldError[]>([])
  const memberOptions = useMemo(() => {
    const found = (search.data?.items ?? [])
      .filter((p) => p.partyMember)
      .map((p) => ({ value: p.id, label: `${p.name} · ${p.address}` }))
    const kept = [...picked].filter(([id]) => !found.some((f) => f.value === id))
    return [...kept.map(([value, label]) => ({ value, label })), ...found]
  }, [search.data, picked])

  const submit = (values: BlowValues) => {
    const providerIds = values.providerIds ?? []
    const personIds = values.personIds ?? []
    if (providerIds.length + personIds.length === 0) {
      form.setFields([{ name: 'providerIds', errors: [t('requests.whistle.pickSomeone')] }])
      return
    }
    setUnplaced([])
    blow.mutate(
      {
        version: item.version,
        note: values.note.trim(),
        reportWithinMinutes: values.reportWithinMinutes,
        ...(providerIds.length ? { providerIds } : {}),
        ...(personIds.length ? { personIds } : {}),
      },
      {
        onSuccess: onClose,
        onError: (error) => {
          if (isApiError(error) && error.code === 'VERSION_CONFLICT') onConflict()
          else setUnplaced(applyFieldErrors(error, form))
        },
      },
    )
  }

  return (
    <Modal
      open
      title={t('requests.whistle.blowTitle')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('requests.act.cancel')}</Button>
          <Button
            danger
            type="primary"
            data-testid="whistle-submit"
            loading={blow.isPending}
            onClick={() => {
              form.submit()
            }}
          >
            {t('requests.whistle.blow')}
          </Button>
        </Flex>
      }
    >
      <Form<BlowValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ reportWithinMinutes: 30 }}
        onFinish={submit}
      >
        {blow.isError && (
          <div style={{ marginBottom: 16 }}>
            <ApiErrorAlert error={blow.error} unplacedFields={unplaced} />
          </div>
        )}
        <Form.Item
          name="note"
          label={t('requests.whistle.note')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('requests.whistle.noteRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} showCount data-testid="whistle-note" />
        </Form.Item>
        <Form.Item name="reportWithinMinutes" label={t('requests.whistle.within')}>
          <InputNumber min={5} max={10080} precision={0} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="providerIds" label={t('requests.whistle.providers')}>
          <Select
            mode="multiple"
            data-testid="whistle-providers"
            loading={providers.isPending}
            placeholder={t('requests.whistle.providersPlaceholder')}
            notFoundContent={providers.isPending ? undefined : t('requests.whistle.noProviders')}
            options={(providers.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.name}（${p.kindName}）`,
            }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item name="personIds" label={t('requests.whistle.persons')}>
          <Select
            mode="multiple"
            data-testid="whistle-persons"
            placeholder={t('requests.whistle.personsPlaceholder')}
            loading={search.isFetching}
            options={memberOptions}
            showSearch={{
              filterOption: false,
              onSearch: (text) => {
                setQ(text.trim().slice(0, 40))
              },
            }}
            onChange={(ids: string[]) => {
              const next = new Map<string, string>()
              for (const id of ids) {
                const label = memberOptions.find((o) => o.value === id)?.label
                if (label) next.set(id, label)
              }
              setPicked(next)
            }}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}

function ReportDialog({
  itemId,
  party,
  onClose,
}: {
  itemId: string
  party: WhistleParty
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<{ contribution: string }>()
  const report = useReportToWhistle(itemId)
  return (
    <Modal
      open
      title={t('requests.whistle.reportTitle', { name: party.name })}
      onCancel={onClose}
      destroyOnHidden
      okText={t('requests.whistle.report')}
      cancelText={t('requests.act.cancel')}
      okButtonProps={{ loading: report.isPending }}
      onOk={() => {
        form.submit()
      }}
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => {
          report.mutate(
            { partyId: party.id, version: party.version, contribution: values.contribution.trim() },
            { onSuccess: onClose },
          )
        }}
      >
        {report.isError && (
          <div style={{ marginBottom: 16 }}>
            <ApiErrorAlert error={report.error} />
          </div>
        )}
        <Form.Item
          name="contribution"
          label={t('requests.whistle.contribution')}
          rules={[{ required: true, whitespace: true, message: t('requests.whistle.contributionRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  )
}

function EvaluateDialog({
  itemId,
  party,
  onClose,
}: {
  itemId: string
  party: WhistleParty
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<{ score: number; evaluation?: string }>()
  const evaluate = useEvaluateParty(itemId)
  return (
    <Modal
      open
      title={t('requests.whistle.evaluateTitle', { name: party.name })}
      onCancel={onClose}
      destroyOnHidden
      okText={t('requests.act.submit')}
      cancelText={t('requests.act.cancel')}
      okButtonProps={{ loading: evaluate.isPending }}
      onOk={() => {
        form.submit()
      }}
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ score: 5 }}
        onFinish={(values) => {
          evaluate.mutate(
            {
              partyId: party.id,
              version: party.version,
              score: values.score,
              ...(values.evaluation?.trim() ? { evaluation: values.evaluation.trim() } : {}),
            },
            { onSuccess: onClose },
          )
        }}
      >
        {evaluate.isError && (
          <div style={{ marginBottom: 16 }}>
            <ApiErrorAlert error={evaluate.error} />
          </div>
        )}
        <Form.Item name="score" label={t('requests.whistle.scoreLabel')} rules={[{ required: true }]}>
          <Rate />
        </Form.Item>
        <Form.Item name="evaluation" label={t('requests.whistle.evaluation')}>
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  )
}
