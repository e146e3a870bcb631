import { Alert, Button, Flex, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../api/client'
import { isApiError, type FieldError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { applyFieldErrors } from '../../ui/useShowError'
import { AssigneeSelect } from './AssigneeSelect'
import { stateName, stepButtonName } from './format'
import { PhotoInput } from './PhotoInput'
import { useAct, useReloadItem } from './requestQueries'
import type {
  ActBody,
  CancelReason,
  Outcome,
  Satisfaction,
  WorkAction,
  WorkItem,
  WorkItemSummary,
  WorkKind,
} from './types'
import {
  cancelReasons,
  normaliseItemNumber,
  outcomes,
  satisfactions,
  stepNeeds,
  takesPhotos,
} from './workflow'

interface Values {
  note?: string
  assigneeUserId?: string
  reason?: CancelReason
  outcome?: Outcome
  days?: number
  satisfaction?: Satisfaction
  targetNumber?: string
  photos?: string[]
}

/**
 * One step's form, with exactly the fields the step needs. The version read goes with it: when
 * someone else acted meanwhile the server answers 409 and the page reloads the item.
 */
export function ActionDialog({
  item,
  kind = 'request',
  action,
  onClose,
  onConflict,
  onDone,
}: {
  item: WorkItem
  kind?: WorkKind
  action: WorkAction
  onClose: () => void
  onConflict: () => void
  onDone: (action: WorkAction) => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const act = useAct(item.id, kind)
  const reload = useReloadItem(kind)
  const [unplaced, setUnplaced] = useState<FieldError[]>([])
  const [photosBusy, setPhotosBusy] = useState(false)
  const [target, setTarget] = useState<WorkItemSummary | null>(null)
  const [targetProblem, setTargetProblem] = useState<string | null>(null)
  const [finding, setFinding] = useState(false)
  const needs = stepNeeds[action]
  const name = stepButtonName(t, action, kind)
  const notePlaceholder =
    kind === 'request'
      ? t('requests.act.notePlaceholder')
      : t(`${kind}.notePlaceholders.${action as 'resolve'}`, {
          defaultValue: t('requests.act.notePlaceholder'),
        })
  // A property order's work is shown before and after: photos when it starts, and required when done.
  const photos = takesPhotos.has(action) || (kind === 'property' && action === 'start')
  const photosRequired = kind === 'property' && action === 'resolve'

  const findTarget = async () => {
    const number = normaliseItemNumber((form.getFieldValue('targetNumber') as string | undefined) ?? '')
    setTarget(null)
    if (number === null) {
      setTargetProblem(t('requests.inbox.numberInvalid'))
      return
    }
    setFinding(true)
    try {
      const page = await call(
        api.GET('/api/v1/requests', { params: { query: { number, status: 'open', limit: 5 } } }),
      )
      const found = page.items.find((i) => i.id !== item.id) ?? null
      setTarget(found)
      setTargetProblem(
        found
          ? null
          : page.items.length > 0
            ? t('requests.act.targetSelf')
            : t('requests.act.targetNotFound'),
      )
    } catch (error) {
      setTargetProblem(isApiError(error) ? error.message : t('errors.unknown'))
    } finally {
      setFinding(false)
    }
  }

  const submit = (values: Values) => {
    if (needs.includes('target') && !target) {
      setTargetProblem(t('requests.act.targetRequired'))
      return
    }
    const body: ActBody = { action, version: item.version }
    if (values.note?.trim()) body.note = values.note.trim()
    if (values.assigneeUserId) body.assigneeUserId = values.assigneeUserId
    if (values.reason) body.reason = values.reason
    if (values.outcome) body.outcome = values.outcome
    if (values.days !== undefined) body.days = values.days
    if (values.satisfaction) body.satisfaction = values.satisfaction
    if (target) body.targetItemId = target.id
    if (values.photos && values.photos.length > 0) body.photos = values.photos
    setUnplaced([])
    act.mutate(body, {
      onSuccess: () => {
        onDone(action)
      },
      onError: (error) => {
        if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
          onConflict()
          return
        }
        // Someone else moved the item on (another proxy claimed the errand first): the message
        // says what happened, and the page behind the dialog shows the item as it is now.
        if (isApiError(error) && error.status === 409) reload(item.id)
        setUnplaced(applyFieldErrors(error, form))
      },
    })
  }

  return (
    <Modal
      open
      title={name}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('requests.act.cancel')}</Button>
          <Button
            type="primary"
            data-testid="act-submit"
            loading={act.isPending}
            disabled={photosBusy}
            onClick={() => {
              form.submit()
            }}
          >
            {t('requests.act.submit')}
          </Button>
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        data-testid="act-form"
      >
        {needs.length === 0 && !photos && (
          <Typography.Paragraph>{t('requests.act.confirm', { action: name })}</Typography.Paragraph>
        )}
        {act.isError && !(isApiError(act.error) && act.error.code === 'VERSION_CONFLICT') && (
          <div style={{ marginBottom: 16 }}>
            <ApiErrorAlert error={act.error} unplacedFields={unplaced} data-testid="act-error" />
          </div>
        )}
        {needs.includes('assignee') && (
          <Form.Item
            name="assigneeUserId"
            label={t('requests.act.assignee')}
            extra={t('requests.act.assigneeSource')}
            rules={[{ required: true, message: t('requests.act.assigneeRequired') }]}
          >
            <AssigneeSelect item={item} kind={kind} />
          </Form.Item>
        )}
        {needs.includes('reason') && (
          <Form.Item
            name="reason"
            label={t('requests.act.reason')}
            rules={[{ required: true, message: t('requests.act.reasonRequired') }]}
          >
            <Radio.Group
              data-testid="act-reason"
              options={cancelReasons.map((r) => ({ value: r, label: t(`requests.cancelReasons.${r}`) }))}
            />
          </Form.Item>
        )}
        {needs.includes('outcome') && (
          <Form.Item
            name="outcome"
            label={t('requests.act.outcome')}
            rules={[{ required: true, message: t('requests.act.outcomeRequired') }]}
          >
            <Radio.Group
              data-testid="act-outcome"
              options={outcomes.map((o) => ({ value: o, label: t(`requests.outcomes.${o}`) }))}
            />
          </Form.Item>
        )}
        {needs.includes('days') && (
          <Form.Item
            name="days"
            label={t('requests.act.days')}
            rules={[
              { required: true, type: 'integer', min: 1, max: 90, message: t('requests.act.daysRequired') },
            ]}
          >
            <InputNumber min={1} max={90} precision={0} data-testid="act-days" style={{ width: 120 }} />
          </Form.Item>
        )}
        {needs.includes('satisfaction') && (
          <Form.Item
            name="satisfaction"
            label={t('requests.act.satisfaction')}
            rules={[{ required: true, message: t('requests.act.satisfactionRequired') }]}
          >
            <Radio.Group
              data-testid="act-satisfaction"
              options={satisfactions.map((s) => ({ value: s, label: t(`requests.satisfactions.${s}`) }))}
            />
          </Form.Item>
        )}
        {needs.includes('target') && (
          <Form.Item
            label={t('requests.act.target')}
            required
            validateStatus={targetProblem ? 'error' : undefined}
            help={
              targetProblem ??
              (target
                ? t('requests.act.targetFound', {
                    number: target.number,
                    title: target.title,
                    state: stateName(t, target.state),
                  })
                : undefined)
            }
          >
            <Flex gap={8}>
              <Form.Item name="targetNumber" noStyle>
                <Input
                  data-testid="act-target"
                  maxLength={14}
                  inputMode="numeric"
                  placeholder={t('requests.act.targetPlaceholder')}
                  onPressEnter={(event) => {
                    event.preventDefault()
                    void findTarget()
                  }}
                  onChange={() => {
                    setTarget(null)
                    setTargetProblem(null)
                  }}
                />
              </Form.Item>
              <Button loading={finding} onClick={() => void findTarget()}>
                {t('requests.act.findTarget')}
              </Button>
            </Flex>
          </Form.Item>
        )}
        {needs.includes('note') && (
          <Form.Item
            name="note"
            label={t('requests.act.note')}
            rules={[{ required: true, whitespace: true, message: t('requests.act.noteRequired') }]}
          >
            <Input.TextArea
              data-testid="act-note"
              rows={3}
              maxLength={1000}
              showCount
              placeholder={notePlaceholder}
            />
          </Form.Item>
        )}
        {photos && (
          <Form.Item
            name="photos"
            label={
              kind === 'property' && action === 'start'
                ? t('property.photos.before')
                : kind === 'property' && action === 'resolve'
                  ? t('property.photos.after')
                  : t('requests.act.photos')
            }
            rules={
              photosRequired
                ? [{ required: true, type: 'array', min: 1, message: t('property.photos.afterRequired') }]
                : []
            }
          >
            <PhotoInput onBusyChange={setPhotosBusy} />
          </Form.Item>
        )}
      </Form>
      {act.isError && isApiError(act.error) && act.error.code === 'VERSION_CONFLICT' && (
        <Alert type="warning" showIcon title={t('requests.act.conflict')} />
      )}
    </Modal>
  )
}
