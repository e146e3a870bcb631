import { Alert, Select } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useDecisions } from './collectiveQueries'
import type { DecisionKind } from './types'

/** Today as YYYY-MM-DD in the browser's own zone (the default of a form's date). */
export function today(): string {
  const d = new Date()
  return `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** The organisation's adopted decisions of the given kinds, newest first, as a select's options. */
export function useAdoptedDecisions(villageId: string, kinds: readonly DecisionKind[]) {
  const { t } = useTranslation()
  const decisions = useDecisions(villageId)
  const options = useMemo(
    () =>
      (decisions.data?.items ?? [])
        .filter((d) => d.adopted && kinds.includes(d.kind))
        .map((d) => ({
          value: d.id,
          label: `${d.heldOn} ${d.title}（${t(`collective.decisions.kinds.${d.kind}`)}）`,
        })),
    [decisions.data, kinds, t],
  )
  return { options, isPending: decisions.isPending }
}

/** A select of adopted decisions, or a hint to record one first when there is none. */
export function DecisionSelect({
  villageId,
  kinds,
  value,
  onChange,
  testId,
  allowClear = false,
}: {
  villageId: string
  kinds: readonly DecisionKind[]
  value?: string
  onChange?: (id: string | undefined) => void
  testId: string
  allowClear?: boolean
}) {
  const { t } = useTranslation()
  const { options, isPending } = useAdoptedDecisions(villageId, kinds)
  if (!isPending && options.length === 0)
    return (
      <Alert
        type="warning"
        showIcon
        data-testid={`${testId}-none`}
        title={t('collective.noDecision', {
          kind: kinds.map((k) => t(`collective.decisions.kinds.${k}`)).join('/'),
        })}
      />
    )
  return (
    <Select
      data-testid={testId}
      allowClear={allowClear}
      loading={isPending}
      placeholder={t('collective.decisionPlaceholder')}
      value={value}
      onChange={onChange}
      options={options}
    />
  )
}

/** A percentage typed at the desk (12.5) as basis points (1250), read digit by digit; null if not one. */
export function percentToBp(text: string): number | null {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text.trim())
  if (!m) return null
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
  return bp <= 10_000 ? bp : null
}

/** Basis points as the percent text shown: 1250 → "12.5%". */
export function bpToPercent(bp: number): string {
  const whole = Math.floor(bp / 100)
  const rest = bp % 100
  return rest === 0
    ? `${String(whole)}%`
    : `${String(whole)}.${String(rest).padStart(2, '0').replace(/0$/, '')}%`
}
