// Pure: which registry tabs an org node shows, by its kind and what the reader may see.
import type { OrgKind } from '../../api/client'

export const allNodeTabs = [
  'overview',
  'buildings',
  'children',
  'households',
  'persons',
  'residents',
  'coverage',
  'network',
  'facilities',
] as const
export type NodeTab = (typeof allNodeTabs)[number]

const byKind: Record<OrgKind, readonly NodeTab[]> = {
  district: ['children', 'persons'],
  street: ['children', 'persons'],
  park: ['children', 'persons'],
  community: ['overview', 'buildings', 'households', 'persons', 'coverage', 'network', 'facilities'],
  grid: ['overview', 'buildings', 'households', 'persons', 'coverage', 'network', 'facilities'],
  building: ['children', 'households', 'persons', 'network', 'facilities'],
  unit: ['children', 'households', 'persons'],
  room: ['residents', 'persons'],
}

/** Tabs that list people need person.read; the rest come with the org tree. */
const needsPersonRead: ReadonlySet<NodeTab> = new Set(['persons', 'residents', 'coverage', 'households'])

export function nodeTabs(kind: OrgKind, permissions: readonly string[]): NodeTab[] {
  const mayReadPersons = permissions.includes('person.read')
  return byKind[kind].filter((tab) => mayReadPersons || !needsPersonRead.has(tab))
}

/** The tab named in the URL when the node has it, else the node's first. */
export function chosenTab(tabs: readonly NodeTab[], requested: string | null): NodeTab | undefined {
  return tabs.find((tab) => tab === requested) ?? tabs[0]
}
