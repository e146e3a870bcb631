import { LockOutlined } from '@ant-design/icons'
import { Card, Flex, Skeleton, Tag, Tooltip, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useMe } from '../auth/session'
import { isOutOfReach } from './outOfReach'
import { usePersonPath } from './paths'
import { PersonHousehold } from './PersonHousehold'
import { usePersonContacts, usePersonPosts, usePersonTags } from './personRegistryQueries'
import type { Person, PersonContact, PersonPost, PersonTag } from './types'

interface Loaded<T> {
  data: { items: T[] } | undefined
  error: unknown
  isError: boolean
  refetch: () => unknown
}

/** A card over a list query: loading, error with retry, empty, or the items. */
function ListCard<T>({
  title,
  query,
  empty,
  testId,
  render,
}: {
  title: string
  query: Loaded<T>
  empty: string
  testId: string
  render: (items: T[]) => ReactNode
}) {
  const { t } = useTranslation()
  let body: ReactNode
  if (query.isError && isOutOfReach(query.error))
    body = <Typography.Text type="secondary">{t('registry.outOfReach')}</Typography.Text>
  else if (query.isError) body = <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
  else if (!query.data) body = <Skeleton active title={false} paragraph={{ rows: 2 }} />
  else if (query.data.items.length === 0) body = <Typography.Text type="secondary">{empty}</Typography.Text>
  else body = render(query.data.items)
  return (
    <Card title={title} size="small" data-testid={testId}>
      {body}
    </Card>
  )
}

/** The registries that hang off a person: household, care tags, posts (交叉任职), 1+5+10 contacts. */
export function PersonSections({ person }: { person: Person }) {
  const me = useMe()
  // Someone who sees the person only as a member of their village (a village accountant) has no
  // person.read on where they live, and so none of what hangs off them.
  if (!me.permissions.includes('person.read')) return null
  return <Sections person={person} />
}

function Sections({ person }: { person: Person }) {
  const { t } = useTranslation()
  const tags = usePersonTags(person.id)
  const posts = usePersonPosts(person.id)
  const contacts = usePersonContacts(person.id)
  return (
    <>
      <PersonHousehold person={person} />
      <ListCard
        title={t('registry.tags.title')}
        query={tags}
        empty={t('registry.tags.none')}
        testId="person-tags"
        render={(items) => <TagList tags={items} />}
      />
      <ListCard
        title={t('registry.posts.title')}
        query={posts}
        empty={t('registry.posts.none')}
        testId="person-posts"
        render={(items) => <PostList posts={items} />}
      />
      <ListCard
        title={t('registry.contacts.title')}
        query={contacts}
        empty={t('registry.contacts.none')}
        testId="person-contacts"
        render={(items) => <ContactList personId={person.id} contacts={items} />}
      />
    </>
  )
}

function TagList({ tags }: { tags: PersonTag[] }) {
  const { t } = useTranslation()
  const personPath = usePersonPath()
  return (
    <ul className="tx-list">
      {tags.map((tag) => (
        <li key={tag.id}>
          <Flex gap={8} align="center" wrap>
            {tag.restricted ? (
              <Tooltip title={t('registry.tags.restrictedHint')}>
                <Tag color="volcano" icon={<LockOutlined />}>
                  {tag.tagZh}
                </Tag>
              </Tooltip>
            ) : (
              <Tag color="geekblue">{tag.tagZh}</Tag>
            )}
            {tag.sinceOn && (
              <Typography.Text type="secondary">
                {t('registry.tags.since', { date: tag.sinceOn })}
              </Typography.Text>
            )}
          </Flex>
          {(tag.responsible || tag.note) && (
            <div>
              {tag.responsible && (
                <Typography.Text type="secondary">
                  {t('registry.tags.responsible')}
                  <Link to={personPath(tag.responsible.id)}>{tag.responsible.name}</Link>
                </Typography.Text>
              )}
              {tag.note && <Typography.Paragraph style={{ margin: 0 }}>{tag.note}</Typography.Paragraph>}
            </div>
          )}
        </li>
      ))}
    </ul>
  )
}

function PostList({ posts }: { posts: PersonPost[] }) {
  const { t } = useTranslation()
  return (
    <ul className="tx-list">
      {posts.map((post) => (
        <li key={post.id}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong>{post.title || post.postTypeZh}</Typography.Text>
            <Tag style={{ marginInlineEnd: 0 }}>{post.place.name}</Tag>
            {post.startedOn && (
              <Typography.Text type="secondary">
                {t('registry.posts.since', { date: post.startedOn })}
              </Typography.Text>
            )}
          </Flex>
          {post.duties.length > 0 && (
            <div>
              <Typography.Text type="secondary">{post.duties.join('；')}</Typography.Text>
            </div>
          )}
        </li>
      ))}
    </ul>
  )
}

function ContactList({ personId, contacts }: { personId: string; contacts: PersonContact[] }) {
  const { t } = useTranslation()
  const personPath = usePersonPath()
  const personLink = (p: { id: string; name: string }) => <Link to={personPath(p.id)}>{p.name}</Link>
  return (
    <ul className="tx-list">
      {contacts.map((contact) => {
        let other: ReactNode
        if (contact.from.id !== personId)
          other = (
            <>
              {t('registry.contacts.linkedBy')}
              {personLink(contact.from)}
            </>
          )
        else if (contact.toPerson)
          other = (
            <>
              {t('registry.contacts.links')}
              {personLink(contact.toPerson)}
            </>
          )
        else if (contact.toHousehold) {
          const h = contact.toHousehold
          other = (
            <>
              {t('registry.contacts.links')}
              {t('registry.contacts.household', { code: h.code, head: h.headName ?? '—' })}
              {h.address && <Typography.Text type="secondary"> · {h.address}</Typography.Text>}
            </>
          )
        }
        return (
          <li key={contact.id}>
            <Flex gap={8} align="center" wrap>
              <Tag color="red" style={{ marginInlineEnd: 0 }}>
                {contact.kindZh}
              </Tag>
              <span>{other}</span>
            </Flex>
          </li>
        )
      })}
    </ul>
  )
}
