import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, call } from '../../api/client'
import type { paths } from '../../api/schema'

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never
export type PublicBuilding = JsonOf<paths['/api/v1/public/buildings/{code}']['get']['responses'][200]>
export type PublicCategory = PublicBuilding['categories'][number]
export type PublicFileBody = NonNullable<
  paths['/api/v1/public/buildings/{code}/requests']['post']['requestBody']
>['content']['application/json']
export type PublicFiled = JsonOf<paths['/api/v1/public/buildings/{code}/requests']['post']['responses'][201]>
export type PublicFeedback = JsonOf<paths['/api/v1/public/feedback/{token}']['get']['responses'][200]>
export type PublicRatingBody = NonNullable<
  paths['/api/v1/public/feedback/{token}/rating']['post']['requestBody']
>['content']['application/json']
export type Satisfaction = PublicRatingBody['satisfaction']
export type PublicRequestType = PublicFileBody['requestType']

const keys = {
  building: (code: string) => ['public', 'building', code] as const,
  feedback: (token: string) => ['public', 'feedback', token] as const,
}

export function usePublicBuilding(code: string) {
  return useQuery({
    queryKey: keys.building(code),
    queryFn: () => call(api.GET('/api/v1/public/buildings/{code}', { params: { path: { code } } })),
    staleTime: 10 * 60_000,
    retry: false,
  })
}

export function useFileFromQr(code: string) {
  return useMutation({
    mutationFn: (body: PublicFileBody) =>
      call(api.POST('/api/v1/public/buildings/{code}/requests', { params: { path: { code } }, body })),
  })
}

export function useFeedback(token: string) {
  return useQuery({
    queryKey: keys.feedback(token),
    queryFn: () => call(api.GET('/api/v1/public/feedback/{token}', { params: { path: { token } } })),
    retry: false,
  })
}

export function useRate(token: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: PublicRatingBody) =>
      call(api.POST('/api/v1/public/feedback/{token}/rating', { params: { path: { token } }, body })),
    onSuccess: (view) => {
      queryClient.setQueryData(keys.feedback(token), view)
    },
  })
}

/** Uploads one photo from the public form (images only); answers the stored file's id. */
export async function uploadPublicPhoto(file: File): Promise<{ id: string; mime: string; size: number }> {
  const form = new FormData()
  form.append('file', file, file.name)
  return call(
    api.POST('/api/v1/public/photos', {
      // The route takes multipart (no JSON schema to type it); FormData goes out as it is.
      body: form as never,
      bodySerializer: (body: unknown) => body as FormData,
    }),
  )
}

/** Where staff fetch a building's QR code and poster (signed in; same origin). */
export function qrPngUrl(buildingId: string): string {
  return `/api/v1/buildings/${encodeURIComponent(buildingId)}/qr.png`
}

export function posterPdfUrl(buildingId: string): string {
  return `/api/v1/buildings/${encodeURIComponent(buildingId)}/poster.pdf`
}
