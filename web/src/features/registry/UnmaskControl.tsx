import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons'
import { Alert, Button, Popconfirm, type ButtonProps } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useShowError } from '../../ui/useShowError'
import { useUnmaskPerson } from './personQueries'
import type { Person } from './types'

export interface UnmaskState {
  /** The person with ID number and phone in full, while shown; null otherwise. */
  person: Person | null
  reveal: () => void
  hide: () => void
  isPending: boolean
}

/**
 * Full identifiers live in this page's state only: never in the query cache, gone when the page
 * is left, and dropped when the record changes (they would be stale).
 */
export function useUnmasked(person: Person): UnmaskState {
  const unmask = useUnmaskPerson()
  const showError = useShowError()
  const [full, setFull] = useState<Person | null>(null)
  const current = full && full.id === person.id && full.version === person.version ? full : null
  return {
    person: current,
    reveal: () => {
      unmask.mutate(person.id, {
        onSuccess: setFull,
        onError: (error) => {
          showError(error)
        },
      })
    },
    hide: () => {
      setFull(null)
    },
    isPending: unmask.isPending,
  }
}

// antd hands these to the <button> as they are.
const confirmButton = { 'data-testid': 'person-unmask-confirm' } as ButtonProps

/** 显示完整信息 — after saying that the view is recorded; 隐藏 once shown. */
export function UnmaskControl({ state }: { state: UnmaskState }) {
  const { t } = useTranslation()
  if (state.person) {
    return (
      <Button data-testid="person-hide" icon={<EyeInvisibleOutlined />} onClick={state.hide}>
        {t('registry.unmask.hide')}
      </Button>
    )
  }
  return (
    <Popconfirm
      title={t('registry.unmask.confirmTitle')}
      description={t('registry.unmask.confirmText')}
      okText={t('registry.unmask.confirm')}
      cancelText={t('registry.cancel')}
      okButtonProps={confirmButton}
      onConfirm={state.reveal}
    >
      <Button data-testid="person-unmask" icon={<EyeOutlined />} loading={state.isPending}>
        {t('registry.unmask.button')}
      </Button>
    </Popconfirm>
  )
}

export function UnmaskedNotice({ state }: { state: UnmaskState }) {
  const { t } = useTranslation()
  if (!state.person) return null
  return (
    <Alert
      data-testid="person-unmasked"
      type="warning"
      showIcon
      style={{ marginTop: 16 }}
      title={t('registry.unmask.shown')}
    />
  )
}
