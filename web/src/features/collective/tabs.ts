// The collective economic organisation's pages as tabs of the village's desk (beside its books).
export const collectiveTabs = [
  'collective/members',
  'collective/decisions',
  'collective/shares',
  'collective/distributions',
] as const
export type CollectiveTab = (typeof collectiveTabs)[number]

export function collectiveTabLabel(key: CollectiveTab) {
  return `collective.tabs.${key.replace('collective/', '') as 'members' | 'decisions' | 'shares' | 'distributions'}` as const
}
