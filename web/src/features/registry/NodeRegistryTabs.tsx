import { Card, Tabs } from 'antd'
import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { OrgKind, OrgNode } from '../../api/client'
import { useMe } from '../auth/session'
import type { OrgTree } from '../org/orgTree'
import { NodeBuildings } from './NodeBuildings'
import { NodeChildren } from './NodeChildren'
import { NodeCoverage } from './NodeCoverage'
import { NodeFacilities } from './NodeFacilities'
import { NodeHouseholds } from './NodeHouseholds'
import { NodeNetwork } from './NodeNetwork'
import { NodeOverview } from './NodeOverview'
import { NodePersons } from './NodePersons'
import { chosenTab, nodeTabs, type NodeTab } from './nodeTabs'
import { RoomResidents } from './RoomResidents'

/** The children's name on the 下级 tab: a building's are units, a unit's rooms. */
function childrenLabel(kind: OrgKind, t: TFunction): string {
  if (kind === 'building') return t('registry.tabs.units')
  if (kind === 'unit') return t('registry.tabs.rooms')
  return t('registry.tabs.children')
}

function tabLabel(tab: NodeTab, kind: OrgKind, t: TFunction): string {
  switch (tab) {
    case 'overview':
      return t('registry.tabs.overview')
    case 'buildings':
      return t('registry.tabs.buildings')
    case 'children':
      return childrenLabel(kind, t)
    case 'persons':
      return t('registry.tabs.persons')
    case 'residents':
      return t('registry.tabs.residents')
    case 'coverage':
      return t('registry.tabs.coverage')
    case 'network':
      return t('registry.tabs.network')
    case 'facilities':
      return t('registry.tabs.facilities')
    case 'households':
      return t('registry.tabs.households')
  }
}

function tabContent(tab: NodeTab, node: OrgNode, tree: OrgTree): ReactNode {
  switch (tab) {
    case 'overview':
      return <NodeOverview node={node} tree={tree} />
    case 'buildings':
      return <NodeBuildings node={node} tree={tree} />
    case 'children':
      return <NodeChildren node={node} />
    case 'persons':
      return <NodePersons node={node} />
    case 'residents':
      return <RoomResidents room={node} />
    case 'coverage':
      return <NodeCoverage node={node} />
    case 'network':
      return <NodeNetwork node={node} />
    case 'facilities':
      return <NodeFacilities node={node} />
    case 'households':
      return <NodeHouseholds node={node} />
  }
}

/** An org node's registries as tabs, chosen by its kind; the open tab is kept in the URL. */
export function NodeRegistryTabs({ node, tree }: { node: OrgNode; tree: OrgTree }) {
  const { t } = useTranslation()
  const me = useMe()
  const [params, setParams] = useSearchParams()
  const tabs = nodeTabs(node.kind, me.permissions)
  const active = chosenTab(tabs, params.get('tab'))
  if (active === undefined) return null
  return (
    <Card size="small" styles={{ body: { paddingTop: 0 } }}>
      <Tabs
        data-testid="node-tabs"
        activeKey={active}
        onChange={(key) => {
          setParams({ tab: key }, { replace: true })
        }}
        items={tabs.map((tab) => ({
          key: tab,
          label: <span data-testid={`tab-${tab}`}>{tabLabel(tab, node.kind, t)}</span>,
          children: tabContent(tab, node, tree),
        }))}
      />
    </Card>
  )
}
