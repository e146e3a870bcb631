import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Progress,
  Skeleton,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { currentLocale } from '../../i18n/locale'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useShowError } from '../../ui/useShowError'
import { DownloadButton } from './DownloadButton'
import { ImportStatusTag } from './ImportStatusTag'
import { fetchImportProblems, isFinished, useImport } from './importQueries'
import type { ImportProblem, ImportView } from './types'

const entities = [
  'buildings',
  'units',
  'rooms',
  'households',
  'persons',
  'members',
  'residences',
  'tags',
  'posts',
  'contacts',
] as const
type Entity = (typeof entities)[number]
const isEntity = (key: string): key is Entity => (entities as readonly string[]).includes(key)

/** One import: a progress bar while it runs, then what it wrote and the rows it refused. */
export function ImportProgress({ importId }: { importId: string }) {
  const { t } = useTranslation()
  const view = useImport(importId)
  const queryClient = useQueryClient()
  const finishedNow = view.data ? isFinished(view.data.status) : false
  // The list of recent imports shows this one's status too; refresh it once it has an outcome.
  useEffect(() => {
    if (finishedNow) void queryClient.invalidateQueries({ queryKey: ['imports', 'node'] })
  }, [finishedNow, queryClient])
  if (view.isError) return <ApiErrorAlert error={view.error} onRetry={() => void view.refetch()} />
  if (!view.data) return <Skeleton active />
  const data = view.data
  const done = isFinished(data.status)
  return (
    <Card
      data-testid="import-progress"
      title={
        <Flex gap={8} align="center" wrap>
          {data.fileName}
          <ImportStatusTag status={data.status} />
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Progress
          percent={data.progress}
          status={
            data.status === 'failed' || data.status === 'rejected' ? 'exception' : done ? 'success' : 'active'
          }
        />
        <Typography.Text>
          {t('registry.import.rows', {
            processed: data.processedRows,
            total: data.totalRows,
            good: data.goodRows,
            bad: data.badRows,
          })}
        </Typography.Text>
        {data.status === 'rejected' && (
          <Alert type="warning" showIcon title={t('registry.import.rejected')} />
        )}
        {data.failure && <Alert type="error" showIcon title={data.failure} />}
        {done && data.counts && <Counts counts={data.counts} />}
        {data.errorCount > 0 && <Problems view={data} />}
      </Flex>
    </Card>
  )
}

function Counts({ counts }: { counts: NonNullable<ImportView['counts']> }) {
  const { t } = useTranslation()
  const items = Object.entries(counts)
    .filter(([, c]) => c.created + c.updated + c.unchanged > 0)
    .map(([key, c]) => ({
      key,
      label: isEntity(key) ? t(`registry.import.entities.${key}`) : key,
      children: t('registry.import.count', c),
    }))
  if (items.length === 0) return null
  return <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} items={items} />
}

function Problems({ view }: { view: ImportView }) {
  const { t } = useTranslation()
  const showError = useShowError()
  const english = currentLocale() === 'en'
  const [more, setMore] = useState<ImportProblem[]>([])
  const [cursor, setCursor] = useState<string | null>(view.errors.nextCursor)
  const [loading, setLoading] = useState(false)
  const rows = [...view.errors.items, ...more]
  const columns = useMemo<TableColumnsType<ImportProblem>>(
    () => [
      { key: 'sheet', title: t('registry.import.sheet'), dataIndex: 'sheet' },
      { key: 'row', title: t('registry.import.row'), dataIndex: 'row', align: 'right' },
      { key: 'column', title: t('registry.import.column'), render: (_, p) => p.column ?? '—' },
      {
        key: 'value',
        title: t('registry.import.value'),
        render: (_, p) => (p.value === null ? '—' : <span className="tx-identifier">{p.value}</span>),
      },
      {
        key: 'reason',
        title: t('registry.import.reason'),
        render: (_, p) => (english ? p.reasonEn : p.reasonZh),
      },
    ],
    [t, english],
  )
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('registry.import.problems', { count: view.errorCount })}
        </Typography.Title>
        {isFinished(view.status) && (
          <DownloadButton
            data-testid="import-errors-download"
            url={`/api/v1/imports/${view.id}/errors.xlsx`}
            fileName={`${view.fileName}-错误行.xlsx`}
          >
            {t('registry.import.downloadErrors')}
          </DownloadButton>
        )}
      </Flex>
      {view.errorsTruncated && <Alert type="info" showIcon title={t('registry.import.truncated')} />}
      <Table<ImportProblem>
        data-testid="import-errors"
        size="small"
        columns={columns}
        dataSource={rows}
        rowKey={(p) => `${p.sheet}:${p.row}:${p.column ?? ''}:${p.reasonEn}`}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      {cursor && (
        <Button
          style={{ alignSelf: 'center' }}
          loading={loading}
          onClick={() => {
            setLoading(true)
            fetchImportProblems(view.id, cursor)
              .then((page) => {
                setMore((previous) => [...previous, ...page.items])
                setCursor(page.nextCursor)
              })
              .catch((error: unknown) => {
                showError(error)
              })
              .finally(() => {
                setLoading(false)
              })
          }}
        >
          {t('registry.list.loadMore')}
        </Button>
      )}
    </Flex>
  )
}
