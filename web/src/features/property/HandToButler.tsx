import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Button, Card, Flex, Select, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { api, call } from '../../api/client'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { categoryName } from '../requests/format'
import { workItemKeys } from '../requests/requestQueries'
import type { WorkItem } from '../requests/types'
import { usePropertyPaths } from './paths'
import { propertyKeys, usePropertyCategories } from './propertyQueries'

/**
 * 转红管家 on a resident's request: a handler hands a repair to the red butlers. The place, the text
 * and the urgency carry over; the request hears back when the community accepts the work.
 */
export function HandToButler({ item }: { item: WorkItem }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const paths = usePropertyPaths()
  const queryClient = useQueryClient()
  const categories = usePropertyCategories()
  const [category, setCategory] = useState<string>('butler.repair')
  const handOver = useMutation({
    mutationFn: (categoryCode: string) =>
      call(
        api.POST('/api/v1/property/from-request/{id}', {
          params: { path: { id: item.id } },
          body: { categoryCode },
        }),
      ),
    onSuccess: (view) => {
      queryClient.setQueryData(propertyKeys.one(view.item.id), view)
      void queryClient.invalidateQueries({ queryKey: workItemKeys('request').timeline(item.id) })
      void queryClient.invalidateQueries({ queryKey: workItemKeys('request').one(item.id) })
      void navigate(paths.order(view.item.id))
    },
  })
  // Handlers of an open request that is not yet reported done.
  if (!item.canWhistle || !item.open || item.state === 'resolved') return null
  return (
    <Card title={t('property.handOver.heading')} size="small" data-testid="hand-to-butler">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('property.handOver.text')}</Typography.Text>
        <Select
          data-testid="hand-to-butler-category"
          aria-label={t('property.handOver.category')}
          loading={categories.isLoading}
          value={category}
          onChange={setCategory}
          options={(categories.data?.items ?? [])
            .filter((c) => c.code !== 'butler.inspection')
            .map((c) => ({ value: c.code, label: categoryName(c) }))}
        />
        {handOver.isError && <ApiErrorAlert error={handOver.error} data-testid="hand-to-butler-error" />}
        <Button
          type="primary"
          data-testid="hand-to-butler-submit"
          loading={handOver.isPending}
          onClick={() => {
            handOver.mutate(category)
          }}
        >
          {t('property.handOver.submit')}
        </Button>
      </Flex>
    </Card>
  )
}
