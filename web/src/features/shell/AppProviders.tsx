import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { App, ConfigProvider, type ThemeConfig } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { currentLocale, type Locale } from '../../i18n/locale'

const antdLocales = { 'zh-CN': zhCN, en: enUS } satisfies Record<Locale, unknown>

const theme: ThemeConfig = {
  token: { colorPrimary: '#c0392b', borderRadius: 6 },
}

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  // Subscribing here re-renders antd's own texts (pagination, empty states) on a language switch.
  useTranslation()
  return (
    <ConfigProvider locale={antdLocales[currentLocale()]} theme={theme}>
      <App>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </App>
    </ConfigProvider>
  )
}
