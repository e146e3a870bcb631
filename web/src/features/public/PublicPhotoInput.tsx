import { CameraOutlined, CloseOutlined, LoadingOutlined } from '@ant-design/icons'
import { Button, Typography } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useShowError } from '../../ui/useShowError'
import '../requests/requests.css'
import { uploadPublicPhoto } from './publicQueries'

/** As many photos as the public form takes (the server refuses more). */
export const maxPublicPhotos = 6

interface Slot {
  key: string
  preview: string
  fileId: string | null
}

/**
 * Photos for the public form: on a phone the camera opens directly; each is uploaded as soon as it
 * is chosen (images only, checked by the server), and the form sends the stored files' ids.
 */
export function PublicPhotoInput({
  onChange,
  onBusyChange,
  id,
}: {
  value?: string[]
  onChange?: (ids: string[]) => void
  onBusyChange?: (busy: boolean) => void
  id?: string
}) {
  const { t } = useTranslation()
  const showError = useShowError()
  const [slots, setSlots] = useState<Slot[]>([])
  const slotsRef = useRef(slots)
  slotsRef.current = slots

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

  const stored = slots.flatMap((s) => (s.fileId ? [s.fileId] : [])).join(',')
  const published = useRef('')
  useEffect(() => {
    if (stored === published.current) return
    published.current = stored
    onChange?.(stored === '' ? [] : stored.split(','))
  }, [stored, onChange])

  const add = async (files: File[]) => {
    const room = maxPublicPhotos - slotsRef.current.length
    const added = files.slice(0, Math.max(0, room)).map((file) => ({
      key: `${file.name}-${String(Math.random())}`,
      preview: URL.createObjectURL(file),
      fileId: null,
      file,
    }))
    setSlots((old) => [...old, ...added.map(({ file: _file, ...slot }) => slot)])
    await Promise.all(
      added.map(async ({ key, file, preview }) => {
        try {
          const saved = await uploadPublicPhoto(file)
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
        <div key={slot.key} className="tx-photo-slot" data-testid="public-photo-slot">
          <img src={slot.preview} alt="" className="tx-photo" style={{ opacity: slot.fileId ? 1 : 0.5 }} />
          {slot.fileId === null ? (
            <LoadingOutlined
              aria-label={t('publicIntake.intake.uploading')}
              style={{ position: 'absolute', left: 36, top: 36, fontSize: 16 }}
            />
          ) : (
            <Button
              className="tx-photo-remove"
              size="small"
              shape="circle"
              icon={<CloseOutlined />}
              aria-label={t('publicIntake.intake.removePhoto')}
              onClick={() => {
                remove(slot.key)
              }}
            />
          )}
        </div>
      ))}
      {slots.length < maxPublicPhotos ? (
        <label className="tx-photo-add">
          <CameraOutlined />
          {t('publicIntake.intake.takePhoto')}
          <input
            data-testid="public-photo-input"
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
        <Typography.Text type="secondary">
          {t('publicIntake.intake.maxPhotos', { count: maxPublicPhotos })}
        </Typography.Text>
      )}
    </div>
  )
}
