import { Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import type { OrgNode } from '../../api/client'
import { CursorTable } from './CursorTable'
import { DownloadButton } from './DownloadButton'
import { usePersonColumns } from './personColumns'
import { useNodePersons } from './personQueries'

/** People living at or under a node, by pinyin, 50 at a time; identifiers as the server masked them. */
export function NodePersons({ node }: { node: OrgNode }) {
  const { t } = useTranslation()
  const list = useNodePersons(node.id)
  const columns = usePersonColumns()
  return (
    <Flex vertical gap={12}>
      <DownloadButton
        data-testid="export-persons"
        style={{ alignSelf: 'flex-end' }}
        url={`/api/v1/org/nodes/${node.id}/export/persons.xlsx`}
        fileName={`${node.name}-人员.xlsx`}
      >
        {t('registry.export.persons')}
      </DownloadButton>
      <CursorTable
        data-testid="node-persons"
        list={list}
        columns={columns}
        rowKey="id"
        emptyText={node.kind === 'room' ? t('registry.persons.emptyRoom') : t('registry.persons.empty')}
      />
    </Flex>
  )
}
