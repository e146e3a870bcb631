import { Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { PersonSearch } from './types'

const kinds = ['tail', 'name', 'pinyin', 'initials'] as const
type Kind = (typeof kinds)[number]

const isKind = (value: string): value is Kind => (kinds as readonly string[]).includes(value)

/** "找到 3 人 · 按手机/证件尾号": how the server read the text, so a surprising hit explains itself. */
export function SearchSummary({ result }: { result: PersonSearch }) {
  const { t } = useTranslation()
  return (
    <Flex gap={8} align="center" wrap data-testid="search-summary">
      <Typography.Text type="secondary">
        {t('registry.search.found', { count: result.items.length })}
      </Typography.Text>
      {result.matchedBy.map((kind) => (
        <Tag key={kind} color="blue" variant="outlined" style={{ marginInlineEnd: 0 }}>
          {isKind(kind) ? t(`registry.search.matchedBy.${kind}`) : kind}
        </Tag>
      ))}
    </Flex>
  )
}
