import { EnvironmentOutlined, PhoneOutlined, RightOutlined } from '@ant-design/icons'
import { Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PersonMarks, sexAndAge } from './personColumns'
import { usePersonPath } from './paths'
import type { Person } from './types'

/** One person as a tappable card: name, sex and age, address, masked phone. */
export function PersonCard({ person }: { person: Person }) {
  const { t } = useTranslation()
  const personPath = usePersonPath()
  return (
    <Link to={personPath(person.id)} className="tx-person-card" data-testid="search-result">
      <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong className="tx-person-card-name">
            {person.name}
          </Typography.Text>
          <Typography.Text type="secondary">{sexAndAge(person, t)}</Typography.Text>
          <PersonMarks person={person} />
        </Flex>
        <Typography.Text type="secondary" ellipsis>
          <EnvironmentOutlined /> {person.address || t('registry.none')}
        </Typography.Text>
        {person.phone !== null && (
          <Typography.Text type="secondary">
            <PhoneOutlined /> <span className="tx-identifier">{person.phone}</span>
          </Typography.Text>
        )}
      </Flex>
      <RightOutlined className="tx-person-card-chevron" />
    </Link>
  )
}
