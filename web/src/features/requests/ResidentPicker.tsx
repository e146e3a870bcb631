import { CloseOutlined, SearchOutlined, UserOutlined } from '@ant-design/icons'
import { Button, Flex, Input, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useSearchPersons } from '../registry/personQueries'
import { searchMaxLength } from '../registry/useSearchText'

export interface PickedResident {
  id: string
  name: string
  address: string
}

const typingPause = 300

/** Files on behalf of a resident found with the registry's search (name, pinyin, phone tail). */
export function ResidentPicker({
  value,
  onChange,
  size,
}: {
  value: PickedResident | null
  onChange: (resident: PickedResident | null) => void
  size: 'large' | 'middle'
}) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [q, setQ] = useState('')
  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(text.trim().slice(0, searchMaxLength))
    }, typingPause)
    return () => {
      clearTimeout(timer)
    }
  }, [text])
  const search = useSearchPersons(value ? '' : q)

  if (value)
    return (
      <Flex gap={8} align="center" className="tx-req-card" data-testid="resident-picked">
        <UserOutlined />
        <Flex vertical style={{ flex: 1, minWidth: 0 }}>
          <Typography.Text strong>{value.name}</Typography.Text>
          <Typography.Text type="secondary" ellipsis>
            {value.address}
          </Typography.Text>
        </Flex>
        <Button
          type="text"
          icon={<CloseOutlined />}
          aria-label={t('registry.cancel')}
          onClick={() => {
            onChange(null)
          }}
        />
      </Flex>
    )
  return (
    <Flex vertical gap={8}>
      <Input
        data-testid="resident-search"
        size={size}
        allowClear
        inputMode="search"
        autoComplete="off"
        maxLength={searchMaxLength}
        prefix={<SearchOutlined />}
        placeholder={t('requests.intake.residentPlaceholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value)
        }}
      />
      {search.isError && <ApiErrorAlert error={search.error} />}
      {q !== '' && search.data && (
        <ul className="tx-req-list">
          {search.data.items.slice(0, 10).map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="tx-req-card"
                style={{ width: '100%', textAlign: 'start', cursor: 'pointer' }}
                data-testid="resident-result"
                onClick={() => {
                  onChange({ id: p.id, name: p.name, address: p.address })
                }}
              >
                <Flex vertical style={{ minWidth: 0 }}>
                  <Typography.Text strong>
                    {p.name} {p.phone ? <span className="tx-identifier">{p.phone}</span> : null}
                  </Typography.Text>
                  <Typography.Text type="secondary" ellipsis>
                    {p.address}
                  </Typography.Text>
                </Flex>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Flex>
  )
}
