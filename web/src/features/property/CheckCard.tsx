import { CheckOutlined, WarningOutlined } from '@ant-design/icons'
import { useIsMutating } from '@tanstack/react-query'
import { App, Button, Card, Checkbox, Flex, Input, Progress, Table, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { formatTime } from '../requests/format'
import { useReloadItem } from '../requests/requestQueries'
import { usePropertyPaths } from './paths'
import { propertyKeys, useRecordCheck } from './propertyQueries'
import type { CheckView, PropertyView } from './types'

/**
 * A planned check: the plan, the period, the checklist, and each facility of the plan with its
 * result. While the butler works the order (canCheck) each facility is marked 正常 or 故障 — a fault
 * names the points that failed, and the server turns it into a repair order at once.
 */
export function CheckCard({ view }: { view: PropertyView }) {
  const { t } = useTranslation()
  const paths = usePropertyPaths()
  const { plan, checks } = view
  if (!plan) return null
  const done = checks.filter((c) => c.result !== null).length
  return (
    <Card
      size="small"
      data-testid="property-check"
      title={
        <Flex gap={8} wrap align="baseline">
          <span>{t('property.check.heading')}</span>
          <Link to={paths.plan(plan.id)} data-testid="property-plan-link">
            {plan.name}
          </Link>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }} data-testid="property-period">
            {plan.periodZh}
          </Typography.Text>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <div>
          <Typography.Text type="secondary">{t('property.check.checklist')}</Typography.Text>
          <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }} data-testid="property-checklist">
            {plan.checklist.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ol>
        </div>
        <Flex vertical gap={4}>
          <Typography.Text data-testid="property-check-progress">
            {t('property.check.progress', { done, total: checks.length })}
          </Typography.Text>
          <Progress
            percent={checks.length === 0 ? 0 : Math.round((done / checks.length) * 100)}
            size="small"
            showInfo={false}
          />
          {view.canCheck && <Typography.Text type="secondary">{t('property.check.hint')}</Typography.Text>}
        </Flex>
        {paths.phone ? <PhoneChecks view={view} /> : <DeskChecks view={view} />}
      </Flex>
    </Card>
  )
}

function DeskChecks({ view }: { view: PropertyView }) {
  const { t } = useTranslation()
  const columns = useMemo(
    () => [
      {
        key: 'facility',
        title: t('property.check.facility'),
        render: (_: unknown, c: CheckView) => <FacilityCell check={c} />,
      },
      {
        key: 'result',
        title: t('property.check.result'),
        render: (_: unknown, c: CheckView) => <CheckResult view={view} check={c} />,
      },
    ],
    [t, view],
  )
  return (
    <Table<CheckView>
      size="small"
      rowKey={(c) => c.facility.id}
      columns={columns}
      dataSource={view.checks}
      pagination={false}
      onRow={(c) => ({ 'data-testid': 'check-row', 'data-facility': c.facility.name }) as object}
    />
  )
}

function PhoneChecks({ view }: { view: PropertyView }) {
  return (
    <Flex vertical gap={8}>
      {view.checks.map((c) => (
        <div
          key={c.facility.id}
          className={`tx-property-check${c.result === 'fault' ? ' tx-property-check-fault' : c.result === 'ok' ? ' tx-property-check-ok' : ''}`}
          data-testid="check-row"
          data-facility={c.facility.name}
        >
          <Flex vertical gap={8}>
            <FacilityCell check={c} />
            <CheckResult view={view} check={c} />
          </Flex>
        </div>
      ))}
    </Flex>
  )
}

function FacilityCell({ check }: { check: CheckView }) {
  const { facility } = check
  return (
    <Flex vertical gap={2}>
      <Flex gap={6} wrap align="center">
        <Typography.Text strong data-testid="check-facility">
          {facility.name}
        </Typography.Text>
        <Typography.Text type="secondary" className="tx-identifier" style={{ fontSize: 12 }}>
          {facility.code}
        </Typography.Text>
        <Tag
          color={facility.state === 'faulty' ? 'red' : facility.state === 'in_service' ? 'green' : 'default'}
          data-testid="check-facility-state"
          style={{ marginInlineEnd: 0 }}
        >
          {facility.stateZh}
        </Tag>
      </Flex>
      {facility.location && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {facility.location}
        </Typography.Text>
      )}
    </Flex>
  )
}

/** One facility's result as recorded, and — while the check may be recorded — the buttons to record it. */
function CheckResult({ view, check }: { view: PropertyView; check: CheckView }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const paths = usePropertyPaths()
  const record = useRecordCheck(view.item.id)
  const reload = useReloadItem('property')
  // Every result changes the order's version: while one is being saved, the others wait.
  const saving = useIsMutating({ mutationKey: propertyKeys.checking(view.item.id) }) > 0
  const [faulting, setFaulting] = useState(false)
  const [failed, setFailed] = useState<number[]>(check.failed)
  const [note, setNote] = useState(check.note ?? '')
  const [missingPoints, setMissingPoints] = useState(false)
  const checklist = view.plan?.checklist ?? []
  // A fault that became a repair stays as it is; the repair order carries it on.
  const editable = view.canCheck && check.repair === null

  const save = (result: 'ok' | 'fault') => {
    if (result === 'fault' && failed.length === 0) {
      setMissingPoints(true)
      return
    }
    record.mutate(
      {
        facilityId: check.facility.id,
        result,
        failed: result === 'fault' ? [...failed].sort((a, b) => a - b) : [],
        ...(result === 'fault' && note.trim() !== '' ? { note: note.trim() } : {}),
        version: view.item.version,
      },
      {
        onError: (error) => {
          // Someone (or this phone, a moment ago) changed the order: read it again, then retry.
          if (isApiError(error) && error.code === 'VERSION_CONFLICT') reload(view.item.id)
        },
        onSuccess: () => {
          setFaulting(false)
          void message.success(
            t('property.check.recorded', {
              name: check.facility.name,
              result: t(`property.check.${result}`),
            }),
          )
        },
      },
    )
  }

  return (
    <Flex vertical gap={6} data-testid="check-result-cell">
      <Flex gap={6} wrap align="center">
        {check.result === null ? (
          <Tag data-testid="check-result" style={{ marginInlineEnd: 0 }}>
            {t('property.check.notChecked')}
          </Tag>
        ) : (
          <Tag
            color={check.result === 'ok' ? 'green' : 'red'}
            data-testid="check-result"
            style={{ marginInlineEnd: 0 }}
          >
            {check.resultZh ?? t(`property.check.${check.result}`)}
          </Tag>
        )}
        {check.failedZh.length > 0 && (
          <Typography.Text type="danger" data-testid="check-failed">
            {check.failedZh.join('、')}
          </Typography.Text>
        )}
        {check.repair && (
          <Link to={paths.order(check.repair.id)} data-testid="check-repair">
            {t('property.check.repair', { number: check.repair.number })}（{check.repair.stateZh}）
          </Link>
        )}
      </Flex>
      {check.note && <Typography.Text type="secondary">{check.note}</Typography.Text>}
      {check.recordedBy && check.recordedAt !== null && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('property.check.recordedBy', { name: check.recordedBy, time: formatTime(check.recordedAt) })}
        </Typography.Text>
      )}
      {editable && !faulting && (
        <Flex gap={8} wrap>
          <Button
            icon={<CheckOutlined />}
            data-testid="check-ok"
            loading={record.isPending}
            disabled={saving && !record.isPending}
            onClick={() => {
              save('ok')
            }}
          >
            {t('property.check.ok')}
          </Button>
          <Button
            danger
            icon={<WarningOutlined />}
            data-testid="check-fault"
            onClick={() => {
              setFaulting(true)
            }}
          >
            {t('property.check.fault')}
          </Button>
        </Flex>
      )}
      {editable && faulting && (
        <Flex vertical gap={8} data-testid="check-fault-form">
          <Typography.Text>{t('property.check.failedPoints')}</Typography.Text>
          <Checkbox.Group
            value={failed}
            onChange={(next) => {
              setFailed(next)
              setMissingPoints(false)
            }}
          >
            <Flex vertical gap={4}>
              {checklist.map((point, index) => (
                <Checkbox key={point} value={index}>
                  <span data-testid="check-point">{point}</span>
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
          {missingPoints && (
            <Typography.Text type="danger" data-testid="check-points-required">
              {t('property.check.failedRequired')}
            </Typography.Text>
          )}
          <Input.TextArea
            data-testid="check-note"
            rows={2}
            maxLength={500}
            placeholder={t('property.check.notePlaceholder')}
            aria-label={t('property.check.note')}
            value={note}
            onChange={(event) => {
              setNote(event.target.value)
            }}
          />
          <Flex gap={8}>
            <Button
              type="primary"
              danger
              data-testid="check-save"
              loading={record.isPending}
              disabled={saving && !record.isPending}
              onClick={() => {
                save('fault')
              }}
            >
              {t('property.check.save')}
            </Button>
            <Button
              onClick={() => {
                setFaulting(false)
              }}
            >
              {t('requests.act.cancel')}
            </Button>
          </Flex>
        </Flex>
      )}
      {record.isError && <ApiErrorAlert error={record.error} data-testid="check-error" />}
    </Flex>
  )
}
