import { App, Button, Checkbox, Flex, Form, Input, Modal, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { PhotoInput } from '../requests/PhotoInput'
import { ResidentPicker, type PickedResident } from '../requests/ResidentPicker'
import { useRecordAttendance, useReloadActivity } from './centreQueries'
import type { Activity, AttendanceBody } from './types'

/**
 * After an activity has started: which of the residents who signed up came, who came without
 * signing up (found with the registry's search), a short summary and photos. The activity is then
 * held and counts in the figures.
 */
export function AttendanceDialog({ activity, onClose }: { activity: Activity; onClose: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const record = useRecordAttendance(activity.id)
  const reload = useReloadActivity()
  const signed = activity.signups.filter((s) => s.state === 'signed')
  const [attended, setAttended] = useState<string[]>([])
  const [walkIns, setWalkIns] = useState<PickedResident[]>([])
  const [pickerKey, setPickerKey] = useState(0)
  const [pickNote, setPickNote] = useState<string | null>(null)
  const [summary, setSummary] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const [photosBusy, setPhotosBusy] = useState(false)

  const addWalkIn = (resident: PickedResident | null) => {
    if (!resident) return
    setPickerKey((k) => k + 1)
    if (signed.some((s) => s.personId === resident.id)) {
      setPickNote(t('centre.attendance.alreadySigned', { name: resident.name }))
      return
    }
    setPickNote(null)
    setWalkIns((old) => (old.some((r) => r.id === resident.id) ? old : [...old, resident]))
  }

  const submit = () => {
    const body: AttendanceBody = {
      version: activity.version,
      attended,
      ...(walkIns.length > 0 ? { walkIns: walkIns.map((r) => r.id) } : {}),
      ...(summary.trim() !== '' ? { summary: summary.trim() } : {}),
      ...(photos.length > 0 ? { photos } : {}),
    }
    record.mutate(body, {
      onSuccess: () => {
        void message.success(t('centre.attendance.done'))
        onClose()
      },
      onError: (error) => {
        // Someone else changed the activity meanwhile: the page behind shows it as it is now.
        if (isApiError(error) && error.status === 409) reload(activity.id)
      },
    })
  }

  return (
    <Modal
      open
      width={560}
      title={t('centre.attendance.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text type="secondary" data-testid="attendance-count">
            {t('centre.attendance.count', { count: attended.length + walkIns.length })}
          </Typography.Text>
          <Flex gap={8}>
            <Button onClick={onClose}>{t('centre.attendance.close')}</Button>
            <Button
              type="primary"
              loading={record.isPending}
              disabled={photosBusy}
              data-testid="attendance-submit"
              onClick={submit}
            >
              {t('centre.attendance.submit')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Form layout="vertical" data-testid="attendance-form">
        {record.isError && (
          <div style={{ marginBottom: 16 }}>
            <ApiErrorAlert error={record.error} data-testid="attendance-error" />
          </div>
        )}
        <Form.Item label={t('centre.attendance.who')}>
          {signed.length === 0 ? (
            <Typography.Text type="secondary">{t('centre.attendance.noSignups')}</Typography.Text>
          ) : (
            <Checkbox.Group
              value={attended}
              onChange={(values) => {
                setAttended(values)
              }}
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              options={signed.map((s) => ({
                value: s.id,
                label: <span data-testid="attendance-signup">{s.name}</span>,
              }))}
            />
          )}
        </Form.Item>
        <Form.Item label={t('centre.attendance.walkIns')} help={pickNote ?? undefined}>
          <Flex vertical gap={8}>
            {walkIns.length > 0 && (
              <Flex gap={4} wrap>
                {walkIns.map((r) => (
                  <Tag
                    key={r.id}
                    closable
                    data-testid="walkin-tag"
                    onClose={() => {
                      setWalkIns((old) => old.filter((x) => x.id !== r.id))
                    }}
                  >
                    {r.name}
                  </Tag>
                ))}
              </Flex>
            )}
            <ResidentPicker key={pickerKey} value={null} size="middle" onChange={addWalkIn} />
          </Flex>
        </Form.Item>
        <Form.Item label={t('centre.attendance.summary')}>
          <Input.TextArea
            data-testid="attendance-summary"
            rows={3}
            maxLength={2000}
            showCount
            placeholder={t('centre.attendance.summaryPlaceholder')}
            value={summary}
            onChange={(event) => {
              setSummary(event.target.value)
            }}
          />
        </Form.Item>
        <Form.Item label={t('centre.attendance.photos')}>
          <PhotoInput onChange={setPhotos} onBusyChange={setPhotosBusy} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
