import { CheckCircleFilled, CopyOutlined } from '@ant-design/icons'
import { App, Button, Card, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useParams } from 'react-router'
import { PublicLayout } from './PublicLayout'
import { followUpPath } from './receipts'
import { ReceiptList } from './ReceiptList'

function receiptOf(state: unknown): { number: string; token: string } | null {
  if (typeof state !== 'object' || state === null) return null
  const { number, token } = state as { number?: unknown; token?: unknown }
  return typeof number === 'string' && typeof token === 'string' ? { number, token } : null
}

/** /q/:code/done — the receipt: the number to read out on the phone, and the follow-up link. */
export function ReceiptPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const { code = '' } = useParams()
  const location = useLocation()
  const receipt = receiptOf(location.state)
  const again = `/q/${encodeURIComponent(code)}`

  if (!receipt)
    return (
      <PublicLayout>
        <Flex vertical gap={12}>
          <Card>
            <Typography.Paragraph>{t('publicIntake.receipt.missing')}</Typography.Paragraph>
            <Link to={again}>
              <Button block size="large">
                {t('publicIntake.receipt.another')}
              </Button>
            </Link>
          </Card>
          <ReceiptList />
        </Flex>
      </PublicLayout>
    )

  const path = followUpPath(receipt.token)
  const copy = () => {
    const url = `${window.location.origin}${path}`
    navigator.clipboard.writeText(url).then(
      () => void message.success(t('publicIntake.receipt.copied')),
      () => void message.info(url),
    )
  }
  return (
    <PublicLayout>
      <Card data-testid="public-receipt">
        <Flex vertical gap={16} align="stretch">
          <Flex vertical align="center" gap={8}>
            <CheckCircleFilled style={{ fontSize: 48, color: '#52c41a' }} />
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('publicIntake.receipt.heading')}
            </Typography.Title>
          </Flex>
          <Flex vertical align="center" gap={4}>
            <Typography.Text type="secondary">{t('publicIntake.receipt.numberLabel')}</Typography.Text>
            <div className="tx-receipt-number" data-testid="public-receipt-number">
              {receipt.number}
            </div>
          </Flex>
          <Typography.Paragraph style={{ margin: 0 }}>{t('publicIntake.receipt.hint')}</Typography.Paragraph>
          <Link to={path} data-testid="public-follow-link">
            <Button type="primary" block size="large">
              {t('publicIntake.receipt.follow')}
            </Button>
          </Link>
          <Button block size="large" icon={<CopyOutlined />} onClick={copy}>
            {t('publicIntake.receipt.copy')}
          </Button>
          <Link to={again}>
            <Button block type="link">
              {t('publicIntake.receipt.another')}
            </Button>
          </Link>
        </Flex>
      </Card>
    </PublicLayout>
  )
}
