import { PrinterOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { formatTime } from '../requests/format'
import { NotFoundPage } from '../shell/NotFoundPage'
import { DisclosureSeal, DisclosureTable } from './DisclosureTable'
import { useDisclosure } from './disclosureQueries'

/** /disclosure/:villageId/:id (and /m/…): one published table, exactly as frozen, with its seal. */
export function DisclosurePage({ phone = false }: { phone?: boolean }) {
  const { t } = useTranslation()
  const { villageId = '', id = '' } = useParams()
  const d = useDisclosure(villageId, id)
  if (d.isError && isApiError(d.error) && d.error.status === 404)
    return <NotFoundPage home={phone ? '/m' : '/'} />
  if (d.isError) return <ApiErrorAlert error={d.error} onRetry={() => void d.refetch()} />
  if (!d.data) return <Skeleton active />
  const v = d.data
  const base = phone ? `/m/disclosure/${villageId}` : `/disclosure/${villageId}`
  return (
    <Card
      size={phone ? 'small' : 'default'}
      data-testid="disclosure-view"
      title={<Link to={phone ? '/m/disclosure' : base}>{t('disclosure.title')}</Link>}
      extra={
        phone ? undefined : (
          <Button
            className="tx-books-noprint"
            icon={<PrinterOutlined />}
            onClick={() => {
              window.print()
            }}
          >
            {t('disclosure.table.print')}
          </Button>
        )
      }
    >
      <Flex vertical gap={12}>
        {v.replacedById && (
          <Alert
            type="warning"
            showIcon
            data-testid="disclosure-replaced"
            title={<Link to={`${base}/${v.replacedById}`}>{t('disclosure.table.replacedBy')}</Link>}
          />
        )}
        {v.correctionReason && (
          <Alert
            type="info"
            showIcon
            title={t('disclosure.table.correctionOf', { reason: v.correctionReason })}
          />
        )}
        <DisclosureTable content={v.content} />
        <DisclosureSeal
          publishedBy={v.publishedBy}
          publishedAt={formatTime(v.publishedAt)}
          contentHash={v.contentHash}
          intact={v.intact}
        />
      </Flex>
    </Card>
  )
}
