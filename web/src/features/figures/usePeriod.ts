import { useSearchParams } from 'react-router'
import { periodFromParams, periodOf, withPeriod, type PeriodChoice, type Preset } from './period'

/**
 * A figures page's period, kept in the address bar (`?period=`, or `?from=&to=` over it): a link
 * opens the page on the period it names, a reload or the back button finds it again. This year
 * unless the address names another.
 */
export function usePeriod(presets: readonly Preset[]) {
  const [params, setParams] = useSearchParams()
  const choice = periodFromParams(params, presets)
  const choose = (next: PeriodChoice) => {
    setParams((old) => withPeriod(old, next), { replace: true })
  }
  return {
    choice,
    preset: choice.preset,
    period: choice.custom ?? periodOf(choice.preset),
    choosePreset: (preset: Preset) => {
      choose({ preset, custom: null })
    },
    /** A range of days over the preset, or none (back to the preset). */
    chooseRange: (range: { from: string; to: string } | null) => {
      choose({ preset: choice.preset, custom: range })
    },
    /** Another node: the period stays, whatever else the address held goes. */
    nodeParams: (nodeId: string) => withPeriod(new URLSearchParams({ node: nodeId }), choice),
  }
}
