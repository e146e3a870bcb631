import { LockOutlined, UserOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Form, Input, Layout, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, useSearchParams } from 'react-router'
import { isApiError, type FieldError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { applyFieldErrors } from '../../ui/useShowError'
import { LanguageSwitch } from '../shell/LanguageSwitch'
import { ProductName } from '../shell/ProductName'
import { safeNext } from './loginPath'
import { useLogin, useSession } from './session'
import { useCountdown } from './useCountdown'

interface Credentials {
  username: string
  password: string
}

function retryAfterMs(error: unknown): number | null {
  if (!isApiError(error) || error.code !== 'RATE_LIMITED') return null
  const seconds = error.details.retryAfterSeconds
  return typeof seconds === 'number' && seconds > 0 ? seconds * 1000 : null
}

export function LoginPage() {
  const { t } = useTranslation()
  const [form] = Form.useForm<Credentials>()
  const [searchParams] = useSearchParams()
  const session = useSession()
  const login = useLogin()
  const [unplacedFields, setUnplacedFields] = useState<FieldError[]>([])
  const [blockedUntil, setBlockedUntil] = useState<number | null>(null)
  const secondsLeft = useCountdown(blockedUntil)

  if (session.data) return <Navigate to={safeNext(searchParams.get('next'))} replace />

  const submit = (values: Credentials) => {
    login.mutate(values, {
      onError: (error) => {
        setUnplacedFields(applyFieldErrors(error, form))
        const wait = retryAfterMs(error)
        setBlockedUntil(wait === null ? null : Date.now() + wait)
      },
    })
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="tx-header">
        <ProductName />
        <LanguageSwitch />
      </Layout.Header>
      <Layout.Content>
        <Flex justify="center" style={{ padding: '48px 16px' }}>
          <Card style={{ width: '100%', maxWidth: 400 }}>
            <Typography.Title level={3} style={{ marginTop: 0 }}>
              {t('auth.heading')}
            </Typography.Title>
            <Form<Credentials>
              form={form}
              layout="vertical"
              size="large"
              onFinish={submit}
              requiredMark={false}
            >
              <Form.Item
                name="username"
                label={t('auth.username')}
                rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
              >
                <Input
                  data-testid="login-username"
                  prefix={<UserOutlined />}
                  autoComplete="username"
                  autoFocus
                />
              </Form.Item>
              <Form.Item
                name="password"
                label={t('auth.password')}
                rules={[{ required: true, message: t('auth.passwordRequired') }]}
              >
                <Input.Password
                  data-testid="login-password"
                  prefix={<LockOutlined />}
                  autoComplete="current-password"
                />
              </Form.Item>
              {login.isError && (
                <Form.Item>
                  <ApiErrorAlert
                    data-testid="login-error"
                    error={login.error}
                    unplacedFields={unplacedFields}
                  />
                </Form.Item>
              )}
              <Button
                data-testid="login-submit"
                type="primary"
                htmlType="submit"
                block
                loading={login.isPending}
                disabled={secondsLeft > 0}
              >
                {secondsLeft > 0 ? t('auth.retryIn', { seconds: secondsLeft }) : t('auth.submit')}
              </Button>
            </Form>
          </Card>
        </Flex>
      </Layout.Content>
    </Layout>
  )
}
