import { Alert, Card, List, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, Navigate } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useBooksVillages } from './booksQueries'

/**
 * /books: the reader's village. An accountant has one and goes straight to its books; an auditor
 * picks one of the villages of his area.
 */
export function BooksEntryPage() {
  const { t } = useTranslation()
  const { villages, isPending, error } = useBooksVillages()
  if (error) return <ApiErrorAlert error={error} />
  if (isPending) return <Skeleton active />
  const [only] = villages
  if (villages.length === 1 && only) return <Navigate to={`/books/${only.id}`} replace />
  return (
    <Card title={t('books.title')} data-testid="books-villages">
      {villages.length === 0 ? (
        <Alert type="info" showIcon title={t('books.noVillage')} />
      ) : (
        <List
          dataSource={villages}
          renderItem={(v) => (
            <List.Item>
              <Link to={`/books/${v.id}`} data-testid="books-village">
                {v.name}
              </Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  )
}
