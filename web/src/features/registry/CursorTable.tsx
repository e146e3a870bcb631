import { Button, Flex, Table, Typography, type TableColumnsType } from 'antd'
import type { HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { rowsOf, type CursorList } from './useCursorList'

interface Props<T> {
  list: CursorList<T>
  columns: TableColumnsType<T>
  rowKey: (keyof T & string) | ((row: T) => string)
  emptyText?: string
  /** Attributes for a row's <tr> (antd passes them as they are). */
  rowProps?: (row: T) => HTMLAttributes<HTMLElement> | undefined
  'data-testid'?: string
}

/** A table over a keyset-paged list: the rows loaded so far, and "加载更多" while there are more. */
export function CursorTable<T extends object>({
  list,
  columns,
  rowKey,
  emptyText,
  rowProps,
  'data-testid': testId,
}: Props<T>) {
  const { t } = useTranslation()
  if (list.isError && !list.data) {
    return <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />
  }
  const rows = rowsOf(list)
  return (
    <Flex vertical gap={12}>
      <Table<T>
        data-testid={testId}
        size="middle"
        columns={columns}
        dataSource={rows}
        rowKey={rowKey}
        loading={list.isPending}
        pagination={false}
        // Wide tables scroll inside their card rather than pushing the page sideways.
        scroll={{ x: 'max-content' }}
        locale={emptyText ? { emptyText } : undefined}
        onRow={rowProps ? (row) => rowProps(row) ?? {} : undefined}
      />
      {list.isFetchNextPageError && (
        <ApiErrorAlert error={list.error} onRetry={() => void list.fetchNextPage()} />
      )}
      {rows.length > 0 && (
        <Flex justify="center" align="center" gap={12} wrap>
          <Typography.Text type="secondary">
            {list.hasNextPage
              ? t('registry.list.loaded', { count: rows.length })
              : t('registry.list.all', { count: rows.length })}
          </Typography.Text>
          {list.hasNextPage && (
            <Button
              data-testid="load-more"
              loading={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              {t('registry.list.loadMore')}
            </Button>
          )}
        </Flex>
      )}
    </Flex>
  )
}
