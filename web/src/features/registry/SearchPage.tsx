import { Card, Input, Table } from 'antd'
import type { HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { usePersonColumns } from './personColumns'
import { useSearchPersons } from './personQueries'
import { SearchResultsState } from './SearchResultsState'
import type { Person } from './types'
import { searchMaxLength, useSearchText } from './useSearchText'

// A row's test hook: antd passes onRow's attributes to the <tr> as they are.
const resultRow = { 'data-testid': 'search-result' } as HTMLAttributes<HTMLElement>

/** /search on the desk: one box for a name, pinyin, initials or the last four of a phone or ID. */
export function SearchPage() {
  const { t } = useTranslation()
  const { text, setText, q, submit } = useSearchText()
  const search = useSearchPersons(q)
  const columns = usePersonColumns()
  return (
    <Card title={t('registry.search.title')}>
      <Input.Search
        data-testid="search-input"
        size="large"
        allowClear
        autoFocus
        enterButton
        maxLength={searchMaxLength}
        placeholder={t('registry.search.placeholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value)
        }}
        onSearch={submit}
        loading={search.isFetching}
        style={{ maxWidth: 560, marginBottom: 16 }}
      />
      <SearchResultsState q={q} search={search}>
        {(result) => (
          <Table<Person>
            size="middle"
            columns={columns}
            dataSource={result.items}
            rowKey="id"
            pagination={false}
            scroll={{ x: 'max-content' }}
            onRow={() => resultRow}
          />
        )}
      </SearchResultsState>
    </Card>
  )
}
