import { UserOutlined } from '@ant-design/icons'
import { Typography } from 'antd'
import { useMe } from '../auth/session'

export function CurrentUser({ maxWidth }: { maxWidth?: number }) {
  const me = useMe()
  return (
    <Typography.Text data-testid="current-user" ellipsis style={{ maxWidth }} title={me.username}>
      <UserOutlined /> {me.displayName}
    </Typography.Text>
  )
}
