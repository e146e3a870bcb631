import type { TFunction } from 'i18next'
import { useCallback } from 'react'
import { useLocation } from 'react-router'
import { currentLocale } from '../../i18n/locale'
import type { Messages } from '../../i18n/zh-CN'
import type { Category, WorkItem, WorkKind, WorkState } from './types'

type ProxyState = keyof Messages['proxy']['states']
type ProxyAction = keyof Messages['proxy']['actions']
type ProxyButton = keyof Messages['proxy']['buttons']
type PropertyState = keyof Messages['property']['states']
type PropertyAction = keyof Messages['property']['actions']

// Times are shown as people in the community read them: Beijing time, 2026年3月5日 14:05.
const formats = new Map<string, Intl.DateTimeFormat>()

function formatOf(locale: string, withYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${String(withYear)}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      ...(withYear ? { year: 'numeric' } : {}),
      month: locale === 'zh-CN' ? 'long' : 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
      timeZone: 'Asia/Shanghai',
    })
    formats.set(key, format)
  }
  return format
}

export function formatTime(ms: number): string {
  return formatOf(currentLocale(), true).format(new Date(ms))
}

/** Without the year when it is this year: for compact lists. */
export function formatShortTime(ms: number, now = Date.now()): string {
  const year = (t: number) => new Date(t + 8 * 3_600_000).getUTCFullYear()
  return formatOf(currentLocale(), year(ms) !== year(now)).format(new Date(ms))
}

/** A state in the words of the item's kind (a proxy errand is 待认领 where a request is 待核实). */
export function stateName(t: TFunction, state: string, kind: WorkKind = 'request'): string {
  const general = t(`requests.states.${state as WorkState}`, { defaultValue: state })
  if (kind === 'request') return general
  if (kind === 'property') return t(`property.states.${state as PropertyState}`, { defaultValue: general })
  return t(`proxy.states.${state as ProxyState}`, { defaultValue: general })
}

/** A step in the words of the item's kind (a proxy errand is 交付 where a request is 办结). */
export function actionName(t: TFunction, action: string, zh: string, kind: WorkKind = 'request'): string {
  const general = t(`requests.actions.${action as 'file'}`, { defaultValue: zh })
  if (kind === 'request') return general
  if (kind === 'property') return t(`property.actions.${action as PropertyAction}`, { defaultValue: general })
  return t(`proxy.actions.${action as ProxyAction}`, { defaultValue: general })
}

/** A step as its button says it, where that differs from the record of it (居民当面确认 → 居民确认). */
export function stepButtonName(t: TFunction, action: string, kind: WorkKind = 'request'): string {
  const name = actionName(t, action, action, kind)
  if (kind !== 'proxy') return name
  return t(`proxy.buttons.${action as ProxyButton}`, { defaultValue: name })
}

export function categoryName(category: Pick<Category, 'nameZh' | 'nameEn'>): string {
  return currentLocale() === 'zh-CN' ? category.nameZh : category.nameEn
}

/** Where the item is: the place and, when known, its address. */
export function placeText(item: WorkItem): string {
  const { name, address } = item.place
  if (!address) return name
  return address.includes(name) ? address : `${address}（${name}）`
}

/** The state tag's colour: open items by urgency of attention, finished ones quiet. */
export function stateColor(state: WorkState): string {
  switch (state) {
    case 'reported':
      return 'orange'
    case 'verified':
      return 'gold'
    case 'dispatched':
    case 'accepted':
    case 'in_progress':
      return 'blue'
    case 'parked':
      return 'purple'
    case 'resolved':
      return 'cyan'
    case 'closed':
    case 'rated':
      return 'green'
    case 'cancelled':
      return 'default'
  }
}

export function useInPhoneLayout(): boolean {
  const { pathname } = useLocation()
  return pathname === '/m' || pathname.startsWith('/m/')
}

/** Paths of the requests pages in the layout the reader is in (/m/… on the phone). */
export function useRequestPaths() {
  const phone = useInPhoneLayout()
  const prefix = phone ? '/m' : ''
  const item = useCallback((id: string) => `${prefix}/requests/${id}`, [prefix])
  return { phone, inbox: `${prefix}/requests`, intake: `${prefix}/requests/new`, item }
}
