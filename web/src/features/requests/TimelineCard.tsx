import { Card, Flex, Skeleton, Tag, Timeline, Typography } from 'antd'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { actionName, formatTime, stateName } from './format'
import { ItemPhotos } from './ItemPhotos'
import { useTimeline } from './requestQueries'
import type { Outcome, Satisfaction, TimelineStep, WorkKind, WorkLevel } from './types'

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)

const levelName = (t: TFunction, level: string) =>
  t(`requests.levels.${level as WorkLevel}`, { defaultValue: level })

/** What a step recorded besides its note, in words. */
function details(t: TFunction, step: TimelineStep): string[] {
  const d = step.data
  const out: string[] = []
  if (step.fromLevel !== null && step.fromLevel !== step.toLevel)
    out.push(
      t('requests.timeline.levelChange', {
        from: levelName(t, step.fromLevel),
        to: levelName(t, step.toLevel),
      }),
    )
  const assignee = d.assignee as { name?: unknown } | undefined
  const assigneeName = str(assignee?.name)
  // A claim's taker is its actor: "派给" would say it twice.
  if (assigneeName && step.action !== 'claim')
    out.push(t('requests.timeline.assignee', { name: assigneeName }))
  const outcome = str(d.outcome)
  if (outcome)
    out.push(t('requests.timeline.outcome', { outcome: t(`requests.outcomes.${outcome as Outcome}`) }))
  if (typeof d.days === 'number') out.push(t('requests.timeline.days', { days: d.days }))
  const satisfaction = str(d.satisfaction)
  if (satisfaction)
    out.push(
      t('requests.timeline.satisfaction', {
        satisfaction: t(`requests.satisfactions.${satisfaction as Satisfaction}`),
      }),
    )
  const reason = str(d.reason)
  if (reason)
    out.push(t('requests.timeline.reason', { reason: t(`requests.cancelReasons.${reason as 'invalid'}`) }))
  const merged = str(d.mergedInto)
  if (merged) out.push(t('requests.timeline.mergedInto', { number: merged }))
  if (Array.isArray(d.summoned) && d.summoned.length > 0)
    out.push(
      t('requests.timeline.summoned', { names: d.summoned.filter((n) => typeof n === 'string').join('、') }),
    )
  const party = str(d.party)
  if (party)
    out.push(
      t('requests.timeline.party', { name: party }) + (d.late === true ? t('requests.timeline.late') : ''),
    )
  if (typeof d.score === 'number') out.push(t('requests.timeline.score', { score: d.score }))
  return out
}

function viaLabel(t: TFunction, via: string): string | null {
  if (via === 'assignment') return t('requests.timeline.viaAssignment')
  if (via === 'public') return t('requests.timeline.viaPublic')
  if (via === 'system') return t('requests.timeline.viaSystem')
  return null
}

/**
 * Every step of the item: when, who, what, from which state to which, the note and photos. Another
 * kind of item names its steps and states in its own words and may say more about its own steps
 * (`describe`: a proxy errand's money entries).
 */
export function TimelineCard({
  itemId,
  kind = 'request',
  describe,
}: {
  itemId: string
  kind?: WorkKind
  describe?: (step: TimelineStep) => string[]
}) {
  const { t } = useTranslation()
  const timeline = useTimeline(itemId, kind)
  return (
    <Card title={t('requests.timeline.heading')} size="small">
      {timeline.isPending ? (
        <Skeleton active />
      ) : timeline.isError ? (
        <ApiErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : timeline.data.items.length === 0 ? (
        <Typography.Text type="secondary">{t('requests.timeline.empty')}</Typography.Text>
      ) : (
        <Timeline
          data-testid="timeline"
          items={timeline.data.items.map((step) => {
            const via = viaLabel(t, step.via)
            const changed = step.fromState !== null && step.fromState !== step.toState
            return {
              key: step.id,
              color: step.action === 'escalate' || step.action === 'whistle' ? 'red' : 'blue',
              content: (
                <Flex vertical gap={4} data-testid="timeline-step">
                  <Flex gap={8} wrap align="baseline">
                    <Typography.Text strong data-testid="timeline-action">
                      {actionName(t, step.action, step.actionZh, kind)}
                    </Typography.Text>
                    <Typography.Text data-testid="timeline-actor">{step.actor}</Typography.Text>
                    {via && <Tag>{via}</Tag>}
                    <Typography.Text type="secondary" data-testid="timeline-time">
                      {formatTime(step.at)}
                    </Typography.Text>
                  </Flex>
                  {changed && (
                    <Typography.Text type="secondary" data-testid="timeline-states">
                      {t('requests.timeline.stateChange', {
                        from: stateName(t, step.fromState ?? '', kind),
                        to: stateName(t, step.toState, kind),
                      })}
                    </Typography.Text>
                  )}
                  {[...details(t, step), ...(describe?.(step) ?? [])].map((line) => (
                    <Typography.Text key={line} type="secondary">
                      {line}
                    </Typography.Text>
                  ))}
                  {step.note && (
                    <Typography.Paragraph
                      className="tx-timeline-note"
                      style={{ margin: 0 }}
                      data-testid="timeline-note"
                    >
                      {step.note}
                    </Typography.Paragraph>
                  )}
                  <ItemPhotos itemId={itemId} fileIds={step.files} kind={kind} />
                </Flex>
              ),
            }
          })}
        />
      )}
    </Card>
  )
}
