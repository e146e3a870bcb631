import { Alert, App, Button, Card, Flex, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ActionDialog } from './ActionDialog'
import { stepButtonName } from './format'
import { useReloadItem } from './requestQueries'
import type { WorkAction, WorkItem, WorkKind } from './types'
import { forwardActions } from './workflow'

/** A button for each step the server says the reader may take now. */
export function ActionPanel({ item, kind = 'request' }: { item: WorkItem; kind?: WorkKind }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const reload = useReloadItem(kind)
  const [open, setOpen] = useState<WorkAction | null>(null)
  const [conflict, setConflict] = useState(false)
  const primary = item.actions.filter((a) => forwardActions.has(a))
  const others = item.actions.filter((a) => !forwardActions.has(a))

  const button = (action: WorkAction, type: 'primary' | 'default') => (
    <Button
      key={action}
      type={type}
      size="large"
      data-testid={`act-${action}`}
      onClick={() => {
        setConflict(false)
        setOpen(action)
      }}
    >
      {stepButtonName(t, action, kind)}
    </Button>
  )

  return (
    <Card title={t('requests.act.heading')} size="small" data-testid="action-panel">
      <Flex vertical gap={12}>
        {conflict && (
          <Alert
            data-testid="act-conflict"
            type="warning"
            showIcon
            title={t('requests.act.conflict')}
            description={t('requests.act.conflictText')}
            closable={{ onClose: () => setConflict(false) }}
          />
        )}
        {item.actions.length === 0 ? (
          <Typography.Text type="secondary" data-testid="act-none">
            {t('requests.act.none')}
          </Typography.Text>
        ) : (
          <Flex gap={8} wrap>
            {primary.map((a) => button(a, 'primary'))}
            {others.map((a) => button(a, 'default'))}
          </Flex>
        )}
      </Flex>
      {open && (
        <ActionDialog
          key={open}
          item={item}
          kind={kind}
          action={open}
          onClose={() => {
            setOpen(null)
          }}
          onConflict={() => {
            setOpen(null)
            setConflict(true)
            reload(item.id)
          }}
          onDone={(action) => {
            setOpen(null)
            const name = stepButtonName(t, action, kind)
            // "已交付" reads well, "已居民当面确认" does not: an errand's steps say what was done.
            void message.success(
              kind === 'request'
                ? t('requests.act.done', { action: name })
                : t(`${kind}.done`, { action: name }),
            )
          }}
        />
      )}
    </Card>
  )
}
