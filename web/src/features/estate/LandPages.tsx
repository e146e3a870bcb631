import { PlusOutlined } from '@ant-design/icons'
import {
  App,
  Alert,
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
import { HouseholdPicker, type PickedHousehold } from '../books/HouseholdPicker'
import { parseYuan } from '../books/money'
import { NotFoundPage } from '../shell/NotFoundPage'
import { HistoryTable, today } from './Common'
import { useEstateContext } from './EstateLayout'
import {
  useAddParcel,
  useContracts,
  useParcel,
  useParcels,
  useParcelStatus,
  type Parcel,
  type ParcelBody,
} from './estateQueries'

const uses = ['farmland', 'garden', 'forest', 'construction', 'homestead', 'other'] as const

/** /estate/:villageId/land: the parcels, with the area by use and status. */
export function LandPage() {
  const { t } = useTranslation()
  const { villageId } = useEstateContext()
  const parcels = useParcels(villageId)
  const [adding, setAdding] = useState(false)
  if (parcels.isError && isApiError(parcels.error) && parcels.error.status === 404) return <NotFoundPage />
  if (parcels.isError) return <ApiErrorAlert error={parcels.error} onRetry={() => void parcels.refetch()} />
  if (!parcels.data) return <Skeleton active />
  const data = parcels.data
  return (
    <Flex vertical gap={12} data-testid="estate-land">
      {data.canWrite && (
        <Flex justify="end">
          <Button
            icon={<PlusOutlined />}
            data-testid="parcel-add"
            onClick={() => {
              setAdding(true)
            }}
          >
            {t('estate.land.add')}
          </Button>
        </Flex>
      )}
      <Typography.Title level={5}>{t('estate.land.totals')}</Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey={(r) => `${r.use}-${r.status}`}
        dataSource={data.totals}
        data-testid="land-totals"
        columns={[
          { key: 'use', title: t('estate.land.use'), render: (_, r) => t(`estate.uses.${r.use}`) },
          {
            key: 'status',
            title: t('estate.land.status'),
            render: (_, r) => t(`estate.landStatuses.${r.status}`),
          },
          { key: 'n', title: t('estate.land.parcels'), dataIndex: 'parcels', align: 'right' },
          { key: 'area', title: t('estate.land.areaMu'), dataIndex: 'areaMu', align: 'right' },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              {t('estate.land.total')}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {data.items.length}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              <span data-testid="land-total-area">{data.totalAreaMu}</span>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data.items}
        onRow={(p) => ({ 'data-testid': `parcel-row-${p.number}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'number',
            title: t('estate.land.number'),
            render: (_, p) => <Link to={`/estate/${villageId}/land/${p.id}`}>{p.number}</Link>,
          },
          { key: 'name', title: t('estate.land.name'), dataIndex: 'name' },
          { key: 'place', title: t('estate.land.place'), dataIndex: 'place' },
          { key: 'area', title: t('estate.land.areaMu'), dataIndex: 'areaMu', align: 'right' },
          { key: 'use', title: t('estate.land.use'), render: (_, p) => t(`estate.uses.${p.use}`) },
          {
            key: 'status',
            title: t('estate.land.status'),
            render: (_, p) => <Tag>{t(`estate.landStatuses.${p.status}`)}</Tag>,
          },
          {
            key: 'holder',
            title: t('estate.land.holder'),
            render: (_, p) => p.holder ?? p.contract?.number ?? '',
          },
        ]}
      />
      {adding && (
        <AddParcel
          onClose={() => {
            setAdding(false)
          }}
        />
      )}
    </Flex>
  )
}

function AddParcel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const { villageId } = useEstateContext()
  const add = useAddParcel(villageId)
  const showError = useShowError()
  const [form] = Form.useForm<ParcelBody>()
  return (
    <Modal
      open
      title={t('estate.land.add')}
      okButtonProps={{ 'data-testid': 'parcel-add-ok' }}
      confirmLoading={add.isPending}
      onCancel={onClose}
      onOk={() => {
        form.submit()
      }}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => {
          add.mutate(values, {
            onSuccess: onClose,
            onError: (e) => {
              showError(e, form)
            },
          })
        }}
      >
        <Form.Item name="number" label={t('estate.land.number')} rules={[{ required: true }]}>
          <Input maxLength={30} data-testid="parcel-number" />
        </Form.Item>
        <Form.Item name="name" label={t('estate.land.name')} rules={[{ required: true }]}>
          <Input maxLength={60} data-testid="parcel-name" />
        </Form.Item>
        <Form.Item name="place" label={t('estate.land.place')} rules={[{ required: true }]}>
          <Input maxLength={120} data-testid="parcel-place" />
        </Form.Item>
        <Form.Item
          name="areaMu"
          label={t('estate.land.areaMu')}
          extra={t('estate.land.areaHint')}
          rules={[{ required: true, pattern: /^\d{1,9}(\.\d{1,2})?$/ }]}
        >
          <Input data-testid="parcel-area" inputMode="decimal" />
        </Form.Item>
        <Form.Item name="use" label={t('estate.land.use')} rules={[{ required: true }]}>
          <Select
            data-testid="parcel-use"
            options={uses.map((u) => ({ value: u, label: t(`estate.uses.${u}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}

interface StatusForm {
  to: Parcel['status']
  changedOn: string
  reason: string
  decisionRef?: string
  contractId?: string
  compensation?: string
  passedNote?: string
  passedToMembers?: string
  kept?: string
}

/** /estate/:villageId/land/:id: a parcel, its history and the status change form. */
export function ParcelPage() {
  const { t } = useTranslation()
  const { villageId } = useEstateContext()
  const { id = '' } = useParams()
  const parcel = useParcel(villageId, id)
  const parcels = useParcels(villageId)
  const contracts = useContracts(villageId, undefined)
  const change = useParcelStatus(villageId, id)
  const showError = useShowError()
  const { message } = App.useApp()
  const [form] = Form.useForm<StatusForm>()
  const to = Form.useWatch('to', form)
  const [household, setHousehold] = useState<PickedHousehold | null>(null)
  if (parcel.isError && isApiError(parcel.error) && parcel.error.status === 404) return <NotFoundPage />
  if (parcel.isError) return <ApiErrorAlert error={parcel.error} />
  if (!parcel.data) return <Skeleton active />
  const p = parcel.data
  const canWrite = parcels.data?.canWrite === true
  const fen = (text: string | undefined) => (text ? (parseYuan(text) ?? undefined) : undefined)
  return (
    <Flex vertical gap={12} data-testid="parcel-page">
      <Link to={`/estate/${villageId}/land`}>{t('estate.back')}</Link>
      <Descriptions
        bordered
        size="small"
        column={2}
        items={[
          { key: 'n', label: t('estate.land.number'), children: p.number },
          { key: 'name', label: t('estate.land.name'), children: p.name },
          { key: 'place', label: t('estate.land.place'), children: p.place },
          { key: 'area', label: t('estate.land.areaMu'), children: p.areaMu },
          { key: 'use', label: t('estate.land.use'), children: p.useZh },
          {
            key: 'status',
            label: t('estate.land.status'),
            children: <span data-testid="parcel-status">{p.statusZh}</span>,
          },
          ...(p.holder ? [{ key: 'holder', label: t('estate.land.holder'), children: p.holder }] : []),
          ...(p.contract
            ? [
                {
                  key: 'contract',
                  label: t('estate.land.contract'),
                  children: (
                    <Link to={`/estate/${villageId}/contracts/${p.contract.id}`}>{p.contract.number}</Link>
                  ),
                },
              ]
            : []),
          ...(p.expropriation
            ? [
                {
                  key: 'exp',
                  label: t('estate.land.expropriated'),
                  span: 2,
                  children: (
                    <span>
                      {p.expropriation.on} · <Amount fen={p.expropriation.compensationFen} /> ·{' '}
                      {p.expropriation.passedNote}（{t('estate.land.passedToMembers')}{' '}
                      <Amount fen={p.expropriation.passedToMembersFen} />，{t('estate.land.kept')}{' '}
                      <Amount fen={p.expropriation.keptFen} />）
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
      <HistoryTable history={p.history} testId="parcel-history" />
      {p.status === 'expropriated' ? (
        <Alert type="info" showIcon title={t('estate.land.final')} />
      ) : (
        canWrite && (
          <Form
            form={form}
            layout="vertical"
            style={{ maxWidth: 560 }}
            data-testid="parcel-change"
            initialValues={{ changedOn: today() }}
            onFinish={(v) => {
              change.mutate(
                {
                  to: v.to,
                  changedOn: v.changedOn,
                  reason: v.reason,
                  ...(v.decisionRef ? { decisionRef: v.decisionRef } : {}),
                  ...(v.to === 'leased' && v.contractId ? { contractId: v.contractId } : {}),
                  ...(v.to === 'contracted' && household ? { holderHouseholdId: household.id } : {}),
                  ...(v.to === 'expropriated'
                    ? {
                        ...(fen(v.compensation) !== undefined
                          ? { compensationFen: fen(v.compensation) }
                          : {}),
                        ...(v.passedNote ? { passedNote: v.passedNote } : {}),
                        ...(fen(v.passedToMembers) !== undefined
                          ? { passedToMembersFen: fen(v.passedToMembers) }
                          : {}),
                        ...(fen(v.kept) !== undefined ? { keptFen: fen(v.kept) } : {}),
                      }
                    : {}),
                  version: p.version,
                },
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
            <Typography.Title level={5}>{t('estate.land.change')}</Typography.Title>
            <Form.Item name="to" label={t('estate.land.status')} rules={[{ required: true }]}>
              <Select
                data-testid="parcel-to"
                options={(['unlet', 'contracted', 'leased', 'expropriated'] as const).map((s) => ({
                  value: s,
                  label: t(`estate.landStatuses.${s}`),
                }))}
              />
            </Form.Item>
            {to === 'contracted' && (
              <Form.Item label={t('estate.land.holderHousehold')} required>
                <HouseholdPicker
                  value={household}
                  onChange={setHousehold}
                  onProblem={(problem) => {
                    void message.warning(problem)
                  }}
                />
              </Form.Item>
            )}
            {to === 'leased' && (
              <Form.Item name="contractId" label={t('estate.land.contractId')} rules={[{ required: true }]}>
                <Select
                  options={(contracts.data?.items ?? []).map((c) => ({
                    value: c.id,
                    label: `${c.number} ${c.counterpartyName}`,
                  }))}
                />
              </Form.Item>
            )}
            {to === 'expropriated' && (
              <>
                <Form.Item
                  name="compensation"
                  label={t('estate.land.compensation')}
                  rules={[{ required: true }]}
                >
                  <Input data-testid="parcel-compensation" inputMode="decimal" />
                </Form.Item>
                <Form.Item name="passedNote" label={t('estate.land.passedNote')} rules={[{ required: true }]}>
                  <Input maxLength={500} />
                </Form.Item>
                <Form.Item
                  name="passedToMembers"
                  label={t('estate.land.passedToMembers')}
                  rules={[{ required: true }]}
                >
                  <Input inputMode="decimal" />
                </Form.Item>
                <Form.Item name="kept" label={t('estate.land.kept')} rules={[{ required: true }]}>
                  <Input inputMode="decimal" />
                </Form.Item>
              </>
            )}
            <Form.Item name="changedOn" label={t('estate.land.changedOn')} rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
            <Form.Item name="reason" label={t('estate.land.reason')} rules={[{ required: true, min: 2 }]}>
              <Input maxLength={500} data-testid="parcel-reason" />
            </Form.Item>
            <Form.Item name="decisionRef" label={t('estate.land.decisionRef')}>
              <Input maxLength={120} />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              loading={change.isPending}
              data-testid="parcel-change-submit"
            >
              {t('estate.save')}
            </Button>
          </Form>
        )
      )}
    </Flex>
  )
}
