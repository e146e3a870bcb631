import { Card, Flex, Typography } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatShortTime } from '../requests/format'
import { followUpPath, loadReceipts } from './receipts'

/** The reports filed from this phone, each opening its follow-up page. */
export function ReceiptList() {
  const { t } = useTranslation()
  const receipts = useMemo(() => loadReceipts(), [])
  if (receipts.length === 0) return null
  return (
    <Card size="small" title={t('publicIntake.intake.myReports')} data-testid="public-receipts">
      <ul className="tx-list">
        {receipts.map((r) => (
          <li key={r.token}>
            <Link to={followUpPath(r.token)}>
              <Flex justify="space-between" gap={8} wrap>
                <Typography.Text strong className="tx-identifier">
                  {r.number}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {r.buildingName} · {formatShortTime(r.at)}
                </Typography.Text>
              </Flex>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  )
}
