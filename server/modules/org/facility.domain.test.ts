import { describe, expect, it } from 'vitest'
import {
  boundaryPointCount,
  canChangeFacilityState,
  checkBoundary,
  checkLatLng,
  checkPlaceFields,
  facilityCategories,
  MAX_BOUNDARY_POINTS,
} from './facility.domain.js'

const square = [
  [119.01, 33.5],
  [119.02, 33.5],
  [119.02, 33.51],
  [119.01, 33.51],
  [119.01, 33.5],
]

describe('facility categories and states', () => {
  it('has the five rooms of the service centre and the public works', () => {
    const centre = Object.values(facilityCategories)
      .filter((c) => c.group === 'service_centre')
      .map((c) => c.zh)
    expect(centre).toEqual(
      expect.arrayContaining(['一站式服务大厅', '新时代文明实践站', '党员活动室', '议事室', '文体活动室']),
    )
    expect(facilityCategories.street_lamp.zh).toBe('路灯')
  })

  it('lets a facility fail and be repaired, but never come back once retired', () => {
    expect(canChangeFacilityState('in_service', 'faulty')).toBe(true)
    expect(canChangeFacilityState('faulty', 'in_service')).toBe(true)
    expect(canChangeFacilityState('faulty', 'retired')).toBe(true)
    expect(canChangeFacilityState('retired', 'in_service')).toBe(false)
    expect(canChangeFacilityState('retired', 'retired')).toBe(true)
  })
})

describe('places: coordinates and grid boundaries', () => {
  it('takes latitude and longitude together and in range', () => {
    expect(checkLatLng(33.5, 119.0)).toBeNull()
    expect(checkLatLng(null, null)).toBeNull()
    expect(checkLatLng(33.5, null)).toMatchObject({ field: 'lng', zh: '经度和纬度须同时填写' })
    expect(checkLatLng(91, 119)).toMatchObject({ field: 'lat' })
  })

  it('accepts closed Polygons and MultiPolygons and counts their points', () => {
    expect(checkBoundary({ type: 'Polygon', coordinates: [square] })).toBeNull()
    expect(checkBoundary({ type: 'MultiPolygon', coordinates: [[square], [square]] })).toBeNull()
    expect(boundaryPointCount({ type: 'MultiPolygon', coordinates: [[square], [square]] })).toBe(10)
  })

  it('refuses a ring that is not closed, naming it', () => {
    const open = square.slice(0, 4).concat([[119.0, 33.49]])
    expect(checkBoundary({ type: 'Polygon', coordinates: [open] })).toEqual({
      field: 'boundary/coordinates/0',
      en: 'the ring is not closed (its first and last positions differ)',
      zh: '第 1 个环未闭合（首尾坐标须相同）',
    })
    expect(checkBoundary({ type: 'MultiPolygon', coordinates: [[square], [open]] })).toMatchObject({
      field: 'boundary/coordinates/1/0',
      zh: '第 2 个多边形的第 1 个环未闭合（首尾坐标须相同）',
    })
  })

  it('refuses other shapes: wrong type, too few points, non-numbers, out of range, too many points', () => {
    expect(checkBoundary({ type: 'LineString', coordinates: square })).toMatchObject({
      field: 'boundary/type',
    })
    expect(checkBoundary({ type: 'Polygon', coordinates: [] })).toMatchObject({
      field: 'boundary/coordinates',
    })
    expect(
      checkBoundary({ type: 'Polygon', coordinates: [[square[0], square[1], square[0]]] }),
    ).toMatchObject({
      zh: '第 1 个环至少需要 4 个点（首尾相同）',
    })
    expect(checkBoundary({ type: 'Polygon', coordinates: [[[119, '33'], ...square]] })).toMatchObject({
      field: 'boundary/coordinates/0/0',
    })
    expect(checkBoundary({ type: 'MultiPolygon', coordinates: [square] })).toMatchObject({
      field: 'boundary/coordinates/0/0/0',
    })
    expect(
      checkBoundary({
        type: 'Polygon',
        coordinates: [
          [
            [200, 33],
            [201, 33],
            [201, 34],
            [200, 33],
          ],
        ],
      }),
    ).toMatchObject({
      zh: '第 1 个环的第 1 个点经纬度超出范围',
    })
    const big = Array.from({ length: MAX_BOUNDARY_POINTS }, (_, i) => [119 + i / 1e6, 33.5])
    big.push([119, 33.5])
    expect(checkBoundary({ type: 'Polygon', coordinates: [big] })).toMatchObject({
      zh: '边界最多 10000 个坐标点',
    })
  })

  it('keeps boundaries on grids and room use on rooms', () => {
    expect(checkPlaceFields('grid', ['boundary', 'lat', 'lng'])).toBeNull()
    expect(checkPlaceFields('building', ['boundary'])).toMatchObject({
      field: 'boundary',
      zh: '该类型节点不能设置边界',
    })
    expect(checkPlaceFields('grid', ['roomUse'])).toMatchObject({ field: 'roomUse' })
    expect(checkPlaceFields('room', ['roomUse', 'roomState', 'floor'])).toBeNull()
  })
})
