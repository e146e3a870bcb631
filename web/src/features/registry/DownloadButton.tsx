import { DownloadOutlined } from '@ant-design/icons'
import { Button, type ButtonProps } from 'antd'
import { useState } from 'react'
import { useShowError } from '../../ui/useShowError'
import { downloadFile } from './download'

/** A button that downloads an API attachment, with a spinner while it comes and errors shown. */
export function DownloadButton({
  url,
  fileName,
  children,
  ...buttonProps
}: { url: string; fileName: string } & Omit<ButtonProps, 'onClick' | 'loading' | 'href'>) {
  const [busy, setBusy] = useState(false)
  const showError = useShowError()
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => {
        setBusy(true)
        downloadFile(url, fileName)
          .catch((error: unknown) => {
            showError(error)
          })
          .finally(() => {
            setBusy(false)
          })
      }}
      {...buttonProps}
    >
      {children}
    </Button>
  )
}
