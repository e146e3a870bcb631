// Identity numbers and mobile numbers that pass the product's own checks: mainland resident IDs
// (GB 11643: region, birth date, sequence whose parity is the sex, check character) and mainland
// mobiles. Uniqueness is the caller's (see IdentifierRegistry in generator.ts): a draw may repeat.
import { residentIdCheckChar } from '../modules/registry/index.js'
import { Weighted, type Rng } from './random.js'
import type { Sex } from './names.js'

/**
 * Region codes of Huai'an (淮安市). An ID keeps the code of where it was first issued, so older
 * residents carry codes of districts that have since been merged: 320811 清浦区 (before 2016, and
 * 淮阴市郊区 before 2001), 320802 清河区; children registered since 2016 carry 320812 清江浦区.
 */
export const huaianRegions = {
  qingjiangpu: '320812',
  qingpu: '320811',
  qinghe: '320802',
  huaian: '320803',
  huaiyin: '320804',
  hongze: '320813',
  lianshui: '320826',
  hongzeCounty: '320829',
  xuyi: '320830',
  jinhu: '320831',
} as const

const olderHuaianRegions = new Weighted<string>([
  [huaianRegions.qingpu, 60],
  [huaianRegions.huaiyin, 14],
  [huaianRegions.qinghe, 10],
  [huaianRegions.lianshui, 6],
  [huaianRegions.huaian, 5],
  [huaianRegions.hongzeCounty, 2],
  [huaianRegions.xuyi, 2],
  [huaianRegions.jinhu, 1],
])

/** Where floating tenants come from: the rest of north Jiangsu, Anhui, Henan, Shandong. */
const elsewhereRegions = new Weighted<string>([
  ['321322', 14], // 宿迁市沭阳县
  ['321323', 10], // 宿迁市泗阳县
  ['321324', 8], // 宿迁市泗洪县
  ['320923', 8], // 盐城市阜宁县
  ['320922', 6], // 盐城市滨海县
  ['320324', 6], // 徐州市睢宁县
  ['320724', 5], // 连云港市灌南县
  ['340321', 6], // 蚌埠市怀远县
  ['341321', 5], // 宿州市砀山县
  ['341125', 4], // 滁州市定远县
  ['411522', 4], // 信阳市光山县
  ['412726', 3], // 周口市郸城县
  ['371321', 3], // 临沂市沂南县
  ['320282', 2], // 无锡市宜兴市
  ['510322', 2], // 自贡市富顺县
])

/** The region an ID of a person born on that date in Huai'an most likely carries. */
export function huaianRegionFor(rng: Rng, birthDate: string): string {
  return Number(birthDate.slice(0, 4)) >= 2016 ? huaianRegions.qingjiangpu : olderHuaianRegions.draw(rng)
}

export function elsewhereRegion(rng: Rng): string {
  return elsewhereRegions.draw(rng)
}

/** An 18-character resident ID for the region, birth date and sex, with its check character. */
export function residentId(rng: Rng, region: string, birthDate: string, sex: Sex): string {
  if (!/^\d{6}$/.test(region)) throw new RangeError(`not a region code: ${region}`)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) throw new RangeError(`not a date: ${birthDate}`)
  // Sequence 001–999: odd for men, even for women (000 is never issued).
  let sequence = rng.int(0, 499) * 2 + (sex === 'male' ? 1 : 2)
  if (sequence > 999) sequence = sex === 'male' ? 999 : 998
  const first17 = `${region}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`
  return first17 + residentIdCheckChar(first17)
}

/** Mobile prefixes of the three carriers in the 13x/15x/18x/19x ranges, weighted by how common. */
const mobilePrefixes = new Weighted<string>([
  ...['134', '135', '136', '137', '138', '139'].map((p) => [p, 6] as const),
  ...['130', '131', '132', '133'].map((p) => [p, 4] as const),
  ...['150', '151', '152', '157', '158', '159'].map((p) => [p, 5] as const),
  ...['153', '155', '156'].map((p) => [p, 3] as const),
  ...['180', '181', '182', '183', '184', '185', '186', '187', '188', '189'].map((p) => [p, 4] as const),
  ...['191', '193', '195', '198', '199'].map((p) => [p, 2] as const),
])

/** An 11-digit mainland mobile number. */
export function mobileNumber(rng: Rng): string {
  const rest = rng.int(0, 99_999_999)
  return mobilePrefixes.draw(rng) + String(rest).padStart(8, '0')
}
