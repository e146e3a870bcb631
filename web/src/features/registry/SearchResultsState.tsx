import { Alert, Empty, Flex, Skeleton, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { SearchSummary } from './MatchedBy'
import type { PersonSearch } from './types'
import { searchLimit } from './useSearchText'
import type { useSearchPersons } from './personQueries'

/** What a search shows around its results: the hint, loading, errors, nothing found, too many. */
export function SearchResultsState({
  q,
  search,
  children,
}: {
  q: string
  search: ReturnType<typeof useSearchPersons>
  children: (result: PersonSearch) => ReactNode
}) {
  const { t } = useTranslation()
  if (q === '') return <Typography.Text type="secondary">{t('registry.search.hint')}</Typography.Text>
  if (search.isError) return <ApiErrorAlert error={search.error} onRetry={() => void search.refetch()} />
  if (!search.data) return <Skeleton active title={false} paragraph={{ rows: 4 }} />
  const result = search.data
  if (result.items.length === 0) {
    return (
      <Empty
        data-testid="search-empty"
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('registry.search.nothing', { q })}
      />
    )
  }
  return (
    <Flex vertical gap={12} style={{ opacity: search.isPlaceholderData ? 0.6 : 1 }}>
      <SearchSummary result={result} />
      {children(result)}
      {result.items.length >= searchLimit && (
        <Alert type="info" showIcon title={t('registry.search.tooMany', { count: searchLimit })} />
      )}
    </Flex>
  )
}
