import { SearchOutlined } from '@ant-design/icons'
import { Button, Input } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { searchMaxLength } from './useSearchText'

/** The desk header's search box: Enter opens /search with the text; narrow screens get a button. */
export function HeaderSearch({ narrow }: { narrow: boolean }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [text, setText] = useState('')
  if (narrow) {
    return (
      <Button
        type="text"
        icon={<SearchOutlined />}
        aria-label={t('registry.search.title')}
        onClick={() => void navigate('/search')}
      />
    )
  }
  return (
    <Input.Search
      data-testid="header-search"
      allowClear
      maxLength={searchMaxLength}
      placeholder={t('registry.search.placeholderShort')}
      aria-label={t('registry.search.placeholder')}
      value={text}
      onChange={(event) => {
        setText(event.target.value)
      }}
      onSearch={(value) => {
        const q = value.trim()
        if (q === '') return
        void navigate(`/search?q=${encodeURIComponent(q)}`)
        setText('')
      }}
      style={{ width: 240 }}
    />
  )
}
