import { PlusOutlined } from '@ant-design/icons'
import {
  Alert,
  App,
  Button,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useShowError } from '../../ui/useShowError'
import { Amount } from '../books/Amount'
import { parseYuan } from '../books/money'
import { NotFoundPage } from '../shell/NotFoundPage'
import { HistoryTable, today } from './Common'
import { useEstateContext } from './EstateLayout'
import {
  useAddAsset,
  useAsset,
  useAssets,
  useAssetStatus,
  useReconciliation,
  type AssetCard,
} from './estateQueries'

const kinds = ['building', 'shop', 'equipment', 'infrastructure', 'other'] as const

/** /estate/:villageId/assets: the asset cards, disposed ones kept and marked. */
export function AssetsPage() {
  const { t } = useTranslation()
  const { villageId } = useEstateContext()
  const assets = useAssets(villageId)
  const [adding, setAdding] = useState(false)
  if (assets.isError && isApiError(assets.error) && assets.error.status === 404) return <NotFoundPage />
  if (assets.isError) return <ApiErrorAlert error={assets.error} onRetry={() => void assets.refetch()} />
  if (!assets.data) return <Skeleton active />
  return (
    <Flex vertical gap={12} data-testid="estate-assets">
      {assets.data.canWrite && (
        <Flex justify="end">
          <Button
            icon={<PlusOutlined />}
            data-testid="asset-add"
            onClick={() => {
              setAdding(true)
            }}
          >
            {t('estate.assets.add')}
          </Button>
        </Flex>
      )}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={assets.data.items}
        onRow={(a) => ({ 'data-testid': `asset-row-${a.number}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'number',
            title: t('estate.assets.number'),
            render: (_, a) => <Link to={`/estate/${villageId}/assets/${a.id}`}>{a.number}</Link>,
          },
          { key: 'name', title: t('estate.assets.name'), dataIndex: 'name' },
          { key: 'kind', title: t('estate.assets.kind'), render: (_, a) => t(`estate.kinds.${a.kind}`) },
          { key: 'location', title: t('estate.assets.location'), dataIndex: 'location' },
          { key: 'acquired', title: t('estate.assets.acquiredOn'), dataIndex: 'acquiredOn' },
          {
            key: 'value',
            title: t('estate.assets.value'),
            align: 'right',
            render: (_, a) => <Amount fen={a.originalValueFen} />,
          },
          { key: 'account', title: t('estate.assets.account'), dataIndex: 'accountCode' },
          {
            key: 'status',
            title: t('estate.assets.status'),
            render: (_, a) => (
              <Tag color={a.status === 'disposed' ? 'default' : 'blue'}>
                {t(`estate.assetStatuses.${a.status}`)}
              </Tag>
            ),
          },
        ]}
      />
      {adding && (
        <AddAsset
          onClose={() => {
            setAdding(false)
          }}
        />
      )}
    </Flex>
  )
}

interface AssetForm {
  number: string
  name: string
  kind: AssetCard['kind']
  location: string
  acquiredOn: string
  value: string
  accountCode: string
}

function AddAsset({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const { villageId } = useEstateContext()
  const add = useAddAsset(villageId)
  const showError = useShowError()
  const [form] = Form.useForm<AssetForm>()
  return (
    <Modal
      open
      title={t('estate.assets.add')}
      okButtonProps={{ 'data-testid': 'asset-add-ok' }}
      confirmLoading={add.isPending}
      onCancel={onClose}
      onOk={() => {
        form.submit()
      }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ accountCode: '151', acquiredOn: today() }}
        onFinish={(v) => {
          const fen = parseYuan(v.value)
          if (fen === null) {
            form.setFields([{ name: 'value', errors: [t('estate.assets.value')] }])
            return
          }
          add.mutate(
            {
              number: v.number,
              name: v.name,
              kind: v.kind,
              location: v.location,
              acquiredOn: v.acquiredOn,
              originalValueFen: fen,
              accountCode: v.accountCode,
            },
            {
              onSuccess: onClose,
              onError: (e) => {
                showError(e, form)
              },
            },
          )
        }}
      >
        <Form.Item name="number" label={t('estate.assets.number')} rules={[{ required: true }]}>
          <Input maxLength={30} data-testid="asset-number" />
        </Form.Item>
        <Form.Item name="name" label={t('estate.assets.name')} rules={[{ required: true }]}>
          <Input maxLength={60} data-testid="asset-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('estate.assets.kind')} rules={[{ required: true }]}>
          <Select
            data-testid="asset-kind"
            options={kinds.map((k) => ({ value: k, label: t(`estate.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="location" label={t('estate.assets.location')} rules={[{ required: true }]}>
          <Input maxLength={120} data-testid="asset-location" />
        </Form.Item>
        <Form.Item name="acquiredOn" label={t('estate.assets.acquiredOn')} rules={[{ required: true }]}>
          <Input type="date" data-testid="asset-acquired" />
        </Form.Item>
        <Form.Item name="value" label={t('estate.assets.value')} rules={[{ required: true }]}>
          <Input inputMode="decimal" data-testid="asset-value" />
        </Form.Item>
        <Form.Item
          name="accountCode"
          label={t('estate.assets.account')}
          extra={t('estate.assets.accountHint')}
          rules={[{ required: true, pattern: /^\d{3,12}$/ }]}
        >
          <Input data-testid="asset-account" />
        </Form.Item>
      </Form>
    </Modal>
  )
}

/** /estate/:villageId/assets/:id: a card, its history, and a status change (disposal is final). */
export function AssetPage() {
  const { t } = useTranslation()
  const { villageId } = useEstateContext()
  const { id = '' } = useParams()
  const card = useAsset(villageId, id)
  const list = useAssets(villageId)
  const change = useAssetStatus(villageId, id)
  const showError = useShowError()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ to: AssetCard['status']; changedOn: string; reason: string }>()
  if (card.isError && isApiError(card.error) && card.error.status === 404) return <NotFoundPage />
  if (card.isError) return <ApiErrorAlert error={card.error} />
  if (!card.data) return <Skeleton active />
  const a = card.data
  return (
    <Flex vertical gap={12} data-testid="asset-page">
      <Link to={`/estate/${villageId}/assets`}>{t('estate.back')}</Link>
      <Descriptions
        bordered
        size="small"
        column={2}
        items={[
          { key: 'n', label: t('estate.assets.number'), children: a.number },
          { key: 'name', label: t('estate.assets.name'), children: a.name },
          { key: 'kind', label: t('estate.assets.kind'), children: a.kindZh },
          { key: 'loc', label: t('estate.assets.location'), children: a.location },
          { key: 'acq', label: t('estate.assets.acquiredOn'), children: a.acquiredOn },
          { key: 'val', label: t('estate.assets.value'), children: <Amount fen={a.originalValueFen} /> },
          { key: 'acc', label: t('estate.assets.account'), children: a.accountCode },
          {
            key: 'status',
            label: t('estate.assets.status'),
            children: <span data-testid="asset-status">{a.statusZh}</span>,
          },
        ]}
      />
      <HistoryTable history={a.history} testId="asset-history" />
      {a.status === 'disposed' ? (
        <Alert type="info" showIcon title={t('estate.assets.disposed')} />
      ) : (
        list.data?.canWrite === true && (
          <Form
            form={form}
            layout="vertical"
            style={{ maxWidth: 480 }}
            initialValues={{ changedOn: today() }}
            onFinish={(v) => {
              change.mutate(
                { ...v, version: a.version },
                {
                  onSuccess: () => {
                    void message.success(t('estate.save'))
                    form.resetFields()
                  },
                  onError: (e) => {
                    showError(e, form)
                  },
                },
              )
            }}
          >
            <Typography.Title level={5}>{t('estate.assets.change')}</Typography.Title>
            <Form.Item name="to" label={t('estate.assets.status')} rules={[{ required: true }]}>
              <Select
                data-testid="asset-to"
                options={(['in_use', 'leased', 'idle', 'disposed'] as const)
                  .filter((s) => s !== a.status)
                  .map((s) => ({ value: s, label: t(`estate.assetStatuses.${s}`) }))}
              />
            </Form.Item>
            <Form.Item name="changedOn" label={t('estate.assets.changedOn')} rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
            <Form.Item name="reason" label={t('estate.assets.reason')} rules={[{ required: true, min: 2 }]}>
              <Input maxLength={500} data-testid="asset-reason" />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              loading={change.isPending}
              data-testid="asset-change-submit"
            >
              {t('estate.save')}
            </Button>
          </Form>
        )
      )}
    </Flex>
  )
}

/** /estate/:villageId/reconciliation: the cards against the books, differences in red. */
export function ReconciliationPage() {
  const { t } = useTranslation()
  const { villageId } = useEstateContext()
  const [period, setPeriod] = useState(() => today().slice(0, 7))
  const rec = useReconciliation(villageId, period)
  return (
    <Flex vertical gap={12} data-testid="estate-reconciliation">
      <Flex gap={8} align="center">
        <span>{t('estate.rec.period')}</span>
        <Input
          type="month"
          style={{ width: 180 }}
          value={period}
          data-testid="rec-period"
          onChange={(e) => {
            if (/^\d{4}-\d{2}$/.test(e.target.value)) setPeriod(e.target.value)
          }}
        />
      </Flex>
      {rec.isError ? (
        <ApiErrorAlert error={rec.error} />
      ) : !rec.data ? (
        <Skeleton active />
      ) : (
        <>
          <Alert
            type={rec.data.matches ? 'success' : 'warning'}
            showIcon
            title={rec.data.matches ? t('estate.rec.matches') : t('estate.rec.differs')}
          />
          <Table
            size="small"
            rowKey="accountCode"
            pagination={false}
            dataSource={rec.data.rows}
            onRow={(r) =>
              ({ 'data-testid': `rec-row-${r.accountCode}` }) as React.HTMLAttributes<HTMLElement>
            }
            columns={[
              {
                key: 'account',
                title: t('estate.rec.account'),
                render: (_, r) => `${r.accountCode} ${r.accountName}`,
              },
              { key: 'cards', title: t('estate.rec.cards'), dataIndex: 'cards', align: 'right' },
              {
                key: 'cardsFen',
                title: t('estate.rec.cardsValue'),
                align: 'right',
                render: (_, r) => <Amount fen={r.cardsFen} />,
              },
              {
                key: 'books',
                title: t('estate.rec.books'),
                align: 'right',
                render: (_, r) => <Amount fen={r.booksFen} />,
              },
              {
                key: 'diff',
                title: t('estate.rec.difference'),
                align: 'right',
                render: (_, r) => (
                  <span
                    className={r.differenceFen === 0 ? undefined : 'tx-books-red'}
                    data-testid="rec-difference"
                  >
                    <Amount fen={r.differenceFen} />
                  </span>
                ),
              },
            ]}
          />
        </>
      )}
    </Flex>
  )
}
