import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Popconfirm,
  Select,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useShowError } from '../../ui/useShowError'
import { formatTime } from '../requests/format'
import { NotFoundPage } from '../shell/NotFoundPage'
import { DisclosureTable } from './DisclosureTable'
import { useDisclosures, usePreview, usePublish } from './disclosureQueries'
import type { DisclosureSummary, PeriodKind } from './types'

/**
 * /disclosure/:villageId: the village's published tables, newest first; for its accountants and
 * cadres also the form that compiles a quarter (or month) from the closed books, previews it and
 * publishes it.
 */
export function DisclosureVillagePage({ phone = false }: { phone?: boolean }) {
  const { t } = useTranslation()
  const { villageId = '' } = useParams()
  const list = useDisclosures(villageId)
  if (list.isError && isApiError(list.error) && list.error.status === 404)
    return <NotFoundPage home={phone ? '/m' : '/'} />
  if (list.isError) return <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />
  if (!list.data) return <Skeleton active />
  const base = phone ? `/m/disclosure/${villageId}` : `/disclosure/${villageId}`
  return (
    <Flex vertical gap={16}>
      <Card
        data-testid="disclosure-page"
        title={
          <Flex gap={8} align="baseline" wrap>
            <span>{t('disclosure.title')}</span>
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              {list.data.villageName}
            </Typography.Text>
          </Flex>
        }
      >
        <DisclosureListing items={list.data.items} base={base} />
      </Card>
      {list.data.canPublish && !phone && <PublishPanel villageId={villageId} />}
    </Flex>
  )
}

export function DisclosureListing({ items, base }: { items: DisclosureSummary[]; base: string }) {
  const { t } = useTranslation()
  if (items.length === 0) return <Alert type="info" showIcon title={t('disclosure.list.empty')} />
  return (
    <Table<DisclosureSummary>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={items}
      data-testid="disclosure-list"
      columns={[
        {
          title: t('disclosure.list.label'),
          render: (_, d) => (
            <Flex gap={4} wrap>
              <Link to={`${base}/${d.id}`} data-testid="disclosure-open">
                {d.label}
              </Link>
              {d.replacesId && <Tag color="blue">{t('disclosure.list.correction')}</Tag>}
              {d.replacedById && <Tag>{t('disclosure.list.replaced')}</Tag>}
            </Flex>
          ),
        },
        { title: t('disclosure.list.publishedAt'), render: (_, d) => formatTime(d.publishedAt) },
        { title: t('disclosure.list.publishedBy'), dataIndex: 'publishedBy', responsive: ['md'] },
        {
          title: t('disclosure.list.hash'),
          responsive: ['md'],
          render: (_, d) => <Typography.Text code>{d.contentHash.slice(0, 12)}</Typography.Text>,
        },
      ]}
    />
  )
}

interface Choice {
  kind: PeriodKind
  year: number
  no: number
}

function PublishPanel({ villageId }: { villageId: string }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const showError = useShowError()
  const now = new Date()
  const [choice, setChoice] = useState<Choice>({
    kind: 'quarter',
    year: now.getFullYear(),
    no: Math.max(1, Math.floor(now.getMonth() / 3)),
  })
  const [asked, setAsked] = useState<Choice | null>(null)
  const [reason, setReason] = useState('')
  const preview = usePreview(villageId, asked)
  const publish = usePublish(villageId)
  const years = [now.getFullYear() - 2, now.getFullYear() - 1, now.getFullYear()]
  const nos = choice.kind === 'quarter' ? [1, 2, 3, 4] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
  const current = preview.data?.current ?? null
  const blocked = preview.data ? preview.data.problems.length > 0 : true
  return (
    <Card title={t('disclosure.publish.heading')} data-testid="disclosure-publish">
      <Flex vertical gap={16}>
        <Form layout="inline">
          <Form.Item label={t('disclosure.publish.kind')}>
            <Select<PeriodKind>
              data-testid="disclosure-kind"
              style={{ width: 110 }}
              value={choice.kind}
              onChange={(kind) => {
                setChoice((c) => ({ ...c, kind, no: 1 }))
              }}
              options={(['quarter', 'month'] as const).map((k) => ({
                value: k,
                label: t(`disclosure.publish.kinds.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item label={t('disclosure.publish.year')}>
            <Select<number>
              data-testid="disclosure-year"
              style={{ width: 100 }}
              value={choice.year}
              onChange={(year) => {
                setChoice((c) => ({ ...c, year }))
              }}
              options={years.map((y) => ({ value: y, label: String(y) }))}
            />
          </Form.Item>
          <Form.Item
            label={
              choice.kind === 'quarter' ? t('disclosure.publish.quarter') : t('disclosure.publish.month')
            }
          >
            <Select<number>
              data-testid="disclosure-no"
              style={{ width: 120 }}
              value={choice.no}
              onChange={(no) => {
                setChoice((c) => ({ ...c, no }))
              }}
              options={nos.map((n) => ({
                value: n,
                label:
                  choice.kind === 'quarter'
                    ? t('disclosure.publish.quarterOption', { no: n })
                    : t('disclosure.publish.monthOption', { no: n }),
              }))}
            />
          </Form.Item>
          <Form.Item>
            <Button
              data-testid="disclosure-preview"
              onClick={() => {
                setAsked({ ...choice })
              }}
            >
              {t('disclosure.publish.preview')}
            </Button>
          </Form.Item>
        </Form>
        {asked && preview.isError && <ApiErrorAlert error={preview.error} />}
        {asked && preview.isPending && <Skeleton active />}
        {asked && preview.data && (
          <Flex vertical gap={12}>
            {preview.data.problems.length > 0 && (
              <Alert
                type="warning"
                showIcon
                title={t('disclosure.publish.blocked')}
                description={preview.data.problems.join('；')}
                data-testid="disclosure-problems"
              />
            )}
            {current && (
              <Alert
                type="info"
                showIcon
                title={t('disclosure.publish.current', { hash: current.contentHash.slice(0, 12) })}
              />
            )}
            <DisclosureTable content={preview.data.content} />
            {current && (
              <Input.TextArea
                data-testid="disclosure-reason"
                placeholder={t('disclosure.publish.reason')}
                value={reason}
                maxLength={500}
                onChange={(e) => {
                  setReason(e.target.value)
                }}
              />
            )}
            <Popconfirm
              title={t('disclosure.publish.confirm')}
              onConfirm={() => {
                publish
                  .mutateAsync({ ...asked, ...(current ? { replacesId: current.id, reason } : {}) })
                  .then((d) => {
                    void message.success(t('disclosure.publish.done'))
                    void navigate(`/disclosure/${villageId}/${d.id}`)
                  })
                  .catch(showError)
              }}
            >
              <Button
                type="primary"
                disabled={blocked}
                loading={publish.isPending}
                data-testid="disclosure-submit"
              >
                {t('disclosure.publish.submit')}
              </Button>
            </Popconfirm>
          </Flex>
        )}
      </Flex>
    </Card>
  )
}
