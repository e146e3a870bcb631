import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { OrgKind } from '../../api/client'

const colors: Record<OrgKind, string> = {
  district: 'magenta',
  street: 'red',
  park: 'volcano',
  community: 'orange',
  grid: 'green',
  building: 'cyan',
  unit: 'blue',
  room: 'default',
}

export function OrgKindTag({ kind }: { kind: OrgKind }) {
  const { t } = useTranslation()
  return (
    <Tag
      color={colors[kind]}
      variant="outlined"
      style={{ marginInlineEnd: 0, fontSize: 11, lineHeight: '16px' }}
    >
      {t(`orgKinds.${kind}`)}
    </Tag>
  )
}
