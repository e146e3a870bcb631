import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ImportStatus } from './types'

const colors: Record<ImportStatus, string> = {
  queued: 'default',
  running: 'processing',
  done: 'success',
  rejected: 'warning',
  failed: 'error',
}

export function ImportStatusTag({ status }: { status: ImportStatus }) {
  const { t } = useTranslation()
  return (
    <Tag color={colors[status]} style={{ marginInlineEnd: 0 }} data-testid="import-status">
      {t(`registry.import.statuses.${status}`)}
    </Tag>
  )
}
