import { SearchOutlined } from '@ant-design/icons'
import { Input } from 'antd'
import { useTranslation } from 'react-i18next'
import './registry.css'
import { PersonCard } from './PersonCard'
import { useSearchPersons } from './personQueries'
import { SearchResultsState } from './SearchResultsState'
import { searchMaxLength, useSearchText } from './useSearchText'

/**
 * /m/search: for the grid worker on the street, one thumb on a 375 px screen — a big box at the top
 * that stays in reach, results as cards below, each opening the person.
 */
export function PhoneSearchPage() {
  const { t } = useTranslation()
  const { text, setText, q, submit } = useSearchText()
  const search = useSearchPersons(q)
  return (
    <div className="tx-phone-search">
      <div className="tx-phone-search-box">
        <Input
          data-testid="search-input"
          size="large"
          allowClear
          autoFocus
          inputMode="search"
          enterKeyHint="search"
          autoComplete="off"
          maxLength={searchMaxLength}
          prefix={<SearchOutlined />}
          placeholder={t('registry.search.placeholderShort')}
          aria-label={t('registry.search.placeholder')}
          value={text}
          onChange={(event) => {
            setText(event.target.value)
          }}
          onPressEnter={(event) => {
            submit()
            // Closes the on-screen keyboard so the results are in view.
            event.currentTarget.blur()
          }}
        />
      </div>
      <SearchResultsState q={q} search={search}>
        {(result) => (
          <ul className="tx-card-list">
            {result.items.map((person) => (
              <li key={person.id}>
                <PersonCard person={person} />
              </li>
            ))}
          </ul>
        )}
      </SearchResultsState>
    </div>
  )
}
