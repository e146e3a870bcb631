import {
  ArrowLeftOutlined,
  DownloadOutlined,
  EyeOutlined,
  PrinterOutlined,
  QrcodeOutlined,
} from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { Alert, Button, Flex, Result, Skeleton, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { api, call, type OrgNode } from '../../api/client'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { posterPdfUrl, qrPngUrl, usePublicBuilding } from './publicQueries'
import './public.css'

/** On a building's page: opens its printable 码上说 poster. */
export function PosterLink({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation()
  return (
    <Link to={`/org/${nodeId}/qr`} data-testid="node-qr-poster">
      <Button icon={<QrcodeOutlined />}>{t('publicIntake.poster.open')}</Button>
    </Link>
  )
}

function useOrgNode(id: string) {
  return useQuery({
    queryKey: ['org', 'node', id],
    queryFn: (): Promise<OrgNode> => call(api.GET('/api/v1/org/nodes/{id}', { params: { path: { id } } })),
    staleTime: 5 * 60_000,
  })
}

/**
 * /org/:id/qr — a building's 码上说 poster as staff print it: the QR code (served only to those who
 * can read the building), what it is for, and the A4 PDF to download. Printing hides the buttons.
 */
export function PosterPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const node = useOrgNode(id)
  let body
  if (node.data)
    body =
      node.data.kind === 'building' ? (
        <Poster node={node.data} />
      ) : (
        <Alert type="info" showIcon title={t('publicIntake.poster.notBuilding')} />
      )
  else if (node.isError)
    body =
      isApiError(node.error) && node.error.status === 404 ? (
        <Result
          status="404"
          title={t('publicIntake.poster.notFound')}
          extra={<Link to="/">{t('shell.backHome')}</Link>}
        />
      ) : (
        <ApiErrorAlert error={node.error} onRetry={() => void node.refetch()} />
      )
  else body = <Skeleton active />
  return (
    <div className="tx-poster-page" style={{ minHeight: '100vh', padding: 24, background: '#f5f5f5' }}>
      {body}
    </div>
  )
}

function Poster({ node }: { node: OrgNode }) {
  const { t } = useTranslation()
  // The public view of the building: its community's name and address, as residents will see them.
  const building = usePublicBuilding(node.code)
  // The poster is for residents: always in Chinese, as the PDF, whatever the staff's language.
  const zh = (key: `sheet.${'title' | 'scan' | 'step1' | 'step2' | 'step3' | 'code'}`) =>
    t(`publicIntake.poster.${key}`, { lng: 'zh-CN' })
  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, margin: '0 auto' }}>
      <Flex className="tx-no-print" vertical gap={12}>
        <Flex gap={8} wrap align="center">
          <Link to={`/org/${node.id}`}>
            <Button icon={<ArrowLeftOutlined />}>{t('publicIntake.poster.back')}</Button>
          </Link>
          <Typography.Title level={4} style={{ margin: 0, flex: 1 }}>
            {t('publicIntake.poster.heading')}
          </Typography.Title>
        </Flex>
        <Typography.Text type="secondary">{t('publicIntake.poster.intro')}</Typography.Text>
        <Flex gap={8} wrap>
          <a href={posterPdfUrl(node.id)} download data-testid="poster-pdf">
            <Button type="primary" icon={<DownloadOutlined />}>
              {t('publicIntake.poster.downloadPdf')}
            </Button>
          </a>
          <a href={qrPngUrl(node.id)} download={`qr-${node.code}.png`} data-testid="poster-png">
            <Button icon={<DownloadOutlined />}>{t('publicIntake.poster.downloadPng')}</Button>
          </a>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('publicIntake.poster.print')}
          </Button>
          <Link to={`/q/${encodeURIComponent(node.code)}`} target="_blank" rel="noopener">
            <Button type="link" icon={<EyeOutlined />}>
              {t('publicIntake.poster.preview')}
            </Button>
          </Link>
        </Flex>
      </Flex>
      <div className="tx-poster-sheet" data-testid="poster-sheet">
        <Typography.Text type="secondary" style={{ fontSize: 18 }}>
          {building.data?.communityName ?? '\u00a0'}
        </Typography.Text>
        <Typography.Title level={1} style={{ margin: '4px 0 0' }}>
          {node.name}
        </Typography.Title>
        <div className="tx-poster-title">{zh('sheet.title')}</div>
        <img
          src={qrPngUrl(node.id)}
          alt={t('publicIntake.poster.qrAlt', { name: node.name })}
          data-testid="poster-qr"
        />
        <Typography.Paragraph style={{ fontSize: 16, marginTop: 16 }}>
          {zh('sheet.scan')}
        </Typography.Paragraph>
        <Typography.Paragraph style={{ textAlign: 'left', display: 'inline-block', margin: 0 }}>
          {zh('sheet.step1')}
          <br />
          {zh('sheet.step2')}
          <br />
          {zh('sheet.step3')}
        </Typography.Paragraph>
        <Typography.Paragraph style={{ fontSize: 16, marginTop: 16, marginBottom: 0 }}>
          {zh('sheet.code')} <span className="tx-identifier">{node.code}</span>
        </Typography.Paragraph>
      </div>
    </Flex>
  )
}
