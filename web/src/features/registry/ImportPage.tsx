import { InboxOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Radio, Result, Skeleton, Typography, Upload } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams, useSearchParams } from 'react-router'
import type { OrgNode } from '../../api/client'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useMe } from '../auth/session'
import { useOrgTree } from '../org/useOrgTree'
import { DownloadButton } from './DownloadButton'
import { ImportProgress } from './ImportProgress'
import { useStartImport } from './importQueries'
import { RecentImports } from './RecentImports'
import { useNodeTrail } from './nodeTrail'
import type { ImportMode } from './types'

const modes: ImportMode[] = ['all_or_nothing', 'good_rows']

/** /org/:id/import: a community's registry workbook in — template, mode, upload, progress, problems. */
export function ImportPage() {
  const { id = '' } = useParams()
  const orgTree = useOrgTree()
  const { trail, error, retry } = useNodeTrail(id, orgTree.data)
  if (orgTree.isError) return <ApiErrorAlert error={orgTree.error} onRetry={() => void orgTree.refetch()} />
  if (error) return <ApiErrorAlert error={error} onRetry={retry} />
  if (!trail) return <Skeleton active />
  return <ImportForNode node={trail.node} ancestors={trail.ancestors} />
}

function ImportForNode({ node, ancestors }: { node: OrgNode; ancestors: OrgNode[] }) {
  const { t } = useTranslation()
  const me = useMe()
  const [params, setParams] = useSearchParams()
  const selected = params.get('import')
  const select = (importId: string) => {
    setParams({ import: importId }, { replace: true })
  }

  if (node.kind !== 'community') {
    const community = ancestors.find((a) => a.kind === 'community')
    return (
      <Result
        status="info"
        title={t('registry.import.communityOnly')}
        extra={
          community ? (
            <Link to={`/org/${community.id}/import`}>
              {t('registry.import.goToCommunity', { name: community.name })}
            </Link>
          ) : undefined
        }
      />
    )
  }
  const mayImport = me.permissions.includes('person.update')
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('registry.import.title')}
        <Typography.Text type="secondary" style={{ fontSize: 16, marginInlineStart: 12 }}>
          <Link to={`/org/${node.id}`}>{node.name}</Link>
        </Typography.Text>
      </Typography.Title>
      {mayImport ? (
        <UploadCard communityId={node.id} onStarted={select} />
      ) : (
        <Alert type="info" showIcon title={t('registry.import.readOnly')} />
      )}
      {selected && <ImportProgress key={selected} importId={selected} />}
      <RecentImports nodeId={node.id} selected={selected} onSelect={select} />
    </Flex>
  )
}

function UploadCard({ communityId, onStarted }: { communityId: string; onStarted: (id: string) => void }) {
  const { t } = useTranslation()
  const [mode, setMode] = useState<ImportMode>('all_or_nothing')
  const [file, setFile] = useState<File | null>(null)
  const start = useStartImport()
  return (
    <Card>
      <Flex vertical gap={20}>
        <section>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('registry.import.step1')}
          </Typography.Title>
          <Flex gap={12} align="center" wrap>
            <DownloadButton
              data-testid="import-template"
              url="/api/v1/imports/template.xlsx"
              fileName="同心台账导入模板.xlsx"
            >
              {t('registry.import.template')}
            </DownloadButton>
            <Typography.Text type="secondary">{t('registry.import.templateHint')}</Typography.Text>
          </Flex>
        </section>
        <section>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('registry.import.step2')}
          </Typography.Title>
          <Radio.Group
            data-testid="import-mode"
            value={mode}
            onChange={(event) => {
              setMode(event.target.value as ImportMode)
            }}
          >
            <Flex vertical gap={8}>
              {modes.map((value) => (
                <Radio key={value} value={value}>
                  <Typography.Text strong>{t(`registry.import.modes.${value}`)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {' '}
                    — {t(`registry.import.modeHints.${value}`)}
                  </Typography.Text>
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </section>
        <section>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('registry.import.step3')}
          </Typography.Title>
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done' }] : []}
            beforeUpload={(chosen) => {
              setFile(chosen)
              start.reset()
              // Kept here until 开始导入; antd must not upload it on its own.
              return false
            }}
            onRemove={() => {
              setFile(null)
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('registry.import.drop')}</p>
            <p className="ant-upload-hint">{t('registry.import.dropHint')}</p>
          </Upload.Dragger>
          {start.isError && (
            <div style={{ marginTop: 12 }}>
              <ApiErrorAlert error={start.error} />
            </div>
          )}
          <Button
            data-testid="import-start"
            type="primary"
            size="large"
            style={{ marginTop: 16 }}
            disabled={!file}
            loading={start.isPending}
            onClick={() => {
              if (!file) return
              start.mutate(
                { communityId, mode, file },
                {
                  onSuccess: (view) => {
                    setFile(null)
                    onStarted(view.id)
                  },
                },
              )
            }}
          >
            {t('registry.import.start')}
          </Button>
        </section>
      </Flex>
    </Card>
  )
}
