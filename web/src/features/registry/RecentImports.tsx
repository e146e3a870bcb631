import { Card, Typography, type TableColumnsType } from 'antd'
import type { HTMLAttributes } from 'react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { currentLocale } from '../../i18n/locale'
import { CursorTable } from './CursorTable'
import { ImportStatusTag } from './ImportStatusTag'
import { useRecentImports } from './importQueries'
import type { ImportSummary } from './types'

/** Local time in the community's time zone (the server keeps epoch ms). */
export function formatTime(ms: number): string {
  return new Intl.DateTimeFormat(currentLocale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(ms)
}

/** Earlier imports into the node, newest first; choosing one shows its progress and problems. */
export function RecentImports({
  nodeId,
  selected,
  onSelect,
}: {
  nodeId: string
  selected: string | null
  onSelect: (id: string) => void
}) {
  const { t } = useTranslation()
  const list = useRecentImports(nodeId)
  const columns = useMemo<TableColumnsType<ImportSummary>>(
    () => [
      {
        key: 'file',
        title: t('registry.import.file'),
        render: (_, i) => <Typography.Link onClick={() => onSelect(i.id)}>{i.fileName}</Typography.Link>,
      },
      {
        key: 'mode',
        title: t('registry.import.mode'),
        render: (_, i) => t(`registry.import.modes.${i.mode}`),
      },
      {
        key: 'status',
        title: t('registry.import.status'),
        render: (_, i) => <ImportStatusTag status={i.status} />,
      },
      {
        key: 'rows',
        title: t('registry.import.goodBad'),
        align: 'right',
        render: (_, i) => `${i.goodRows} / ${i.badRows}`,
      },
      { key: 'at', title: t('registry.import.at'), render: (_, i) => formatTime(i.createdAt) },
    ],
    [t, onSelect],
  )
  return (
    <Card title={t('registry.import.recent')} size="small">
      <CursorTable
        data-testid="recent-imports"
        list={list}
        columns={columns}
        rowKey="id"
        emptyText={t('registry.import.noneYet')}
        rowProps={(i) => (i.id === selected ? selectedRow : undefined)}
      />
    </Card>
  )
}

const selectedRow = { style: { background: '#fff7f5' } } as HTMLAttributes<HTMLElement>
