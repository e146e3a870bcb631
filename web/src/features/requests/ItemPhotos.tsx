import { Image } from 'antd'
import { itemFileUrl } from './requestQueries'
import type { WorkKind } from './types'

/** An item's photos as thumbnails; a tap opens them full size. */
export function ItemPhotos({
  itemId,
  fileIds,
  kind = 'request',
  'data-testid': testId,
}: {
  itemId: string
  fileIds: readonly string[]
  kind?: WorkKind
  'data-testid'?: string
}) {
  if (fileIds.length === 0) return null
  return (
    <div className="tx-photos" data-testid={testId}>
      <Image.PreviewGroup>
        {fileIds.map((fileId) => (
          <Image
            key={fileId}
            src={itemFileUrl(itemId, fileId, kind)}
            width={88}
            height={88}
            style={{ objectFit: 'cover', borderRadius: 6 }}
            alt=""
            data-testid="item-photo"
          />
        ))}
      </Image.PreviewGroup>
    </div>
  )
}
