import { Select } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useOrgTree } from '../org/useOrgTree'
import type { OrgTree } from '../org/orgTree'
import { useOrgChildren } from './requestQueries'

export interface PlaceValue {
  /** A building of one of my grids, or the grid itself. */
  top?: string
  unit?: string
  room?: string
}

/** The node to file at: the deepest one chosen. */
export function placeNodeId(place: PlaceValue | undefined): string | undefined {
  return place?.room ?? place?.unit ?? place?.top
}

function groupsOf(tree: OrgTree, wholeGrid: (name: string) => string) {
  const grids = [...tree.byId.values()].filter((n) => n.kind === 'grid' && n.inScope)
  return grids.map((grid) => ({
    label: grid.name,
    title: grid.name,
    options: [
      { value: grid.id, label: wholeGrid(grid.name) },
      ...grid.children.filter((c) => c.kind === 'building').map((b) => ({ value: b.id, label: b.name })),
    ],
  }))
}

/** Building → unit → room, among the grids the reader works in. Unit and room may stay empty. */
export function PlacePicker({
  value,
  onChange,
  size = 'large',
  id,
}: {
  value?: PlaceValue
  onChange?: (value: PlaceValue) => void
  size?: 'large' | 'middle'
  id?: string
}) {
  const { t } = useTranslation()
  const tree = useOrgTree()
  const groups = useMemo(
    () => (tree.data ? groupsOf(tree.data, (name) => t('requests.intake.wholeGrid', { name })) : []),
    [tree.data, t],
  )
  const topNode = value?.top ? tree.data?.byId.get(value.top) : undefined
  const units = useOrgChildren(topNode?.kind === 'building' ? topNode.id : null)
  const rooms = useOrgChildren(value?.unit ?? null)
  const unitOptions = (units.data?.items ?? []).map((n) => ({ value: n.id, label: n.name }))
  const roomOptions = (rooms.data?.items ?? []).map((n) => ({ value: n.id, label: n.name }))
  return (
    <div id={id} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Select<string>
        data-testid="place-building"
        size={size}
        aria-label={t('requests.intake.building')}
        placeholder={t('requests.intake.buildingPlaceholder')}
        loading={tree.isPending}
        showSearch={{ optionFilterProp: 'label' }}
        value={value?.top}
        options={groups}
        onChange={(top) => {
          onChange?.({ top })
        }}
      />
      {topNode?.kind === 'building' && (units.isPending || unitOptions.length > 0) && (
        <Select<string>
          data-testid="place-unit"
          size={size}
          allowClear
          aria-label={t('requests.intake.unit')}
          placeholder={`${t('requests.intake.unit')}（${t('requests.intake.optional')}）`}
          loading={units.isPending}
          value={value?.unit}
          options={unitOptions}
          onChange={(unit?: string) => {
            onChange?.({ top: value?.top, ...(unit ? { unit } : {}) })
          }}
        />
      )}
      {value?.unit && (rooms.isPending || roomOptions.length > 0) && (
        <Select<string>
          data-testid="place-room"
          size={size}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('requests.intake.room')}
          placeholder={`${t('requests.intake.room')}（${t('requests.intake.optional')}）`}
          loading={rooms.isPending}
          value={value.room}
          options={roomOptions}
          onChange={(room?: string) => {
            onChange?.({ top: value.top, unit: value.unit, ...(room ? { room } : {}) })
          }}
        />
      )}
    </div>
  )
}
