import { CameraOutlined, CloseOutlined, LoadingOutlined } from '@ant-design/icons'
import { Button, Typography } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useShowError } from '../../ui/useShowError'
import { uploadPhoto } from './requestQueries'

export const maxPhotos = 9

interface Slot {
  key: string
  preview: string
  fileId: string | null
}

/**
 * Photos taken on the spot: on a phone the camera opens directly (capture="environment"); each is
 * uploaded as soon as it is chosen, and the form sends the stored files' ids.
 */
export function PhotoInput({
  value,
  onChange,
  onBusyChange,
  id,
  upload = uploadPhoto,
  max = maxPhotos,
  texts = 'requests.intake',
  testIdPrefix = '',
}: {
  value?: string[]
  onChange?: (ids: string[]) => void
  onBusyChange?: (busy: boolean) => void
  id?: string
  /** Stores one photo; staff upload by default, the public form through its own route. */
  upload?: (file: File) => Promise<{ id: string }>
  max?: number
  /** Where the labels live: the staff pages' texts or the public form's. */
  texts?: 'requests.intake' | 'publicIntake.intake'
  /** Tells this input's test ids apart where a page has another (a receipt beside a step's photos). */
  testIdPrefix?: '' | 'public-' | 'receipt-'
}) {
  const { t } = useTranslation()
  const showError = useShowError()
  const [slots, setSlots] = useState<Slot[]>([])
  const slotsRef = useRef(slots)
  slotsRef.current = slots

  // Previews are object URLs of the chosen files: released when the form goes away.
  useEffect(
    () => () => {
      for (const slot of slotsRef.current) URL.revokeObjectURL(slot.preview)
    },
    [],
  )

  const busy = slots.some((s) => s.fileId === null)
  useEffect(() => {
    onBusyChange?.(busy)
  }, [busy, onBusyChange])

  // The form holds the ids of the photos stored so far (a form resets this input by remounting it).
  const stored = slots.flatMap((s) => (s.fileId ? [s.fileId] : [])).join(',')
  const published = useRef((value ?? []).join(','))
  useEffect(() => {
    if (stored === published.current) return
    published.current = stored
    onChange?.(stored === '' ? [] : stored.split(','))
  }, [stored, onChange])

  const add = async (files: File[]) => {
    const room = max - slotsRef.current.length
    const chosen = files.slice(0, Math.max(0, room))
    const added = chosen.map((file) => ({
      key: `${file.name}-${String(Math.random())}`,
      preview: URL.createObjectURL(file),
      fileId: null,
      file,
    }))
    setSlots((old) => [...old, ...added.map(({ file: _file, ...slot }) => slot)])
    await Promise.all(
      added.map(async ({ key, file, preview }) => {
        try {
          const saved = await upload(file)
          setSlots((old) => old.map((s) => (s.key === key ? { ...s, fileId: saved.id } : s)))
        } catch (error) {
          URL.revokeObjectURL(preview)
          setSlots((old) => old.filter((s) => s.key !== key))
          showError(error)
        }
      }),
    )
  }

  const remove = (key: string) => {
    setSlots((old) => {
      const gone = old.find((s) => s.key === key)
      if (gone) URL.revokeObjectURL(gone.preview)
      return old.filter((s) => s.key !== key)
    })
  }

  return (
    <div className="tx-photos" id={id}>
      {slots.map((slot) => (
        <div key={slot.key} className="tx-photo-slot" data-testid={`${testIdPrefix}photo-slot`}>
          <img src={slot.preview} alt="" className="tx-photo" style={{ opacity: slot.fileId ? 1 : 0.5 }} />
          {slot.fileId === null ? (
            <LoadingOutlined
              aria-label={t(`${texts}.uploading`)}
              style={{ position: 'absolute', left: 36, top: 36, fontSize: 16 }}
            />
          ) : (
            <Button
              className="tx-photo-remove"
              size="small"
              shape="circle"
              icon={<CloseOutlined />}
              aria-label={t(`${texts}.removePhoto`)}
              onClick={() => {
                remove(slot.key)
              }}
            />
          )}
        </div>
      ))}
      {slots.length < max ? (
        <label className="tx-photo-add">
          <CameraOutlined />
          {t(`${texts}.takePhoto`)}
          <input
            data-testid={`${testIdPrefix}photo-input`}
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            onChange={(event) => {
              const files = [...(event.target.files ?? [])]
              event.target.value = ''
              void add(files)
            }}
          />
        </label>
      ) : (
        <Typography.Text type="secondary">{t(`${texts}.maxPhotos`, { count: max })}</Typography.Text>
      )}
    </div>
  )
}
