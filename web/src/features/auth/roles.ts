import type { TFunction } from 'i18next'
import zhCN from '../../i18n/zh-CN'

type KnownRole = keyof typeof zhCN.roles

function isKnownRole(role: string): role is KnownRole {
  return Object.hasOwn(zhCN.roles, role)
}

/** A role's name in the interface language; a role the web app does not know yet shows its code. */
export function roleLabel(role: string, t: TFunction): string {
  return isKnownRole(role) ? t(`roles.${role}`) : role
}
