import { Button, Card, Flex, Select, Typography } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { api, call } from '../../api/client'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { workItemKeys } from '../requests/requestQueries'
import type { WorkItem } from '../requests/types'
import { useProxyPaths } from './paths'
import { proxyKeys, useProxyCategories } from './proxyQueries'

/**
 * 转红代办 on a resident's request: a handler hands the resident's need to the proxy team. The
 * resident, the text and the urgency carry over; the request's timeline records it.
 */
export function HandToProxy({ item }: { item: WorkItem }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const paths = useProxyPaths()
  const queryClient = useQueryClient()
  const categories = useProxyCategories()
  const [category, setCategory] = useState<string | undefined>(undefined)
  const handOver = useMutation({
    mutationFn: (categoryCode: string) =>
      call(
        api.POST('/api/v1/proxy/from-request/{id}', {
          params: { path: { id: item.id } },
          body: { categoryCode },
        }),
      ),
    onSuccess: (view) => {
      queryClient.setQueryData(proxyKeys.one(view.item.id), view)
      void queryClient.invalidateQueries({ queryKey: workItemKeys('request').timeline(item.id) })
      void queryClient.invalidateQueries({ queryKey: workItemKeys('request').one(item.id) })
      void navigate(paths.errand(view.item.id))
    },
  })
  // Handlers of an open request that names its resident.
  if (!item.canWhistle || !item.open || item.reporter.personId === null) return null
  return (
    <Card title={t('proxy.handOver.heading')} size="small" data-testid="hand-to-proxy">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('proxy.handOver.text')}</Typography.Text>
        <Select
          data-testid="hand-to-proxy-category"
          placeholder={t('proxy.handOver.category')}
          loading={categories.isLoading}
          value={category}
          onChange={setCategory}
          options={(categories.data?.items ?? []).map((c) => ({ value: c.code, label: c.nameZh }))}
        />
        {handOver.isError && <ApiErrorAlert error={handOver.error} />}
        <Button
          type="primary"
          data-testid="hand-to-proxy-submit"
          disabled={category === undefined}
          loading={handOver.isPending}
          onClick={() => {
            if (category !== undefined) handOver.mutate(category)
          }}
        >
          {t('proxy.handOver.submit')}
        </Button>
      </Flex>
    </Card>
  )
}
