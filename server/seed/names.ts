// Chinese names that read like the people of a north-Jiangsu resettlement community: surnames by
// national frequency, each village dominated by a few lineages (李湾村 by 李, 孔连村 by 孔), and
// given names that follow the fashion of the decade a person was born in. Synthetic, never real.
import { Weighted, type Rng } from './random.js'

/** Surnames with their approximate share of the population (‰), most common first. */
export const surnameWeights: readonly (readonly [string, number])[] = [
  ['王', 71],
  ['李', 70],
  ['张', 68],
  ['刘', 54],
  ['陈', 46],
  ['杨', 31],
  ['黄', 23],
  ['赵', 23],
  ['吴', 20],
  ['周', 20],
  ['徐', 18],
  ['孙', 16],
  ['马', 13],
  ['朱', 14],
  ['胡', 13],
  ['郭', 12],
  ['何', 11],
  ['林', 9],
  ['高', 11],
  ['罗', 8],
  ['郑', 9],
  ['梁', 7],
  ['谢', 7],
  ['宋', 8],
  ['唐', 7],
  ['许', 7],
  ['韩', 8],
  ['邓', 5],
  ['冯', 7],
  ['曹', 7],
  ['彭', 5],
  ['曾', 4],
  ['肖', 5],
  ['田', 6],
  ['董', 6],
  ['潘', 5],
  ['袁', 5],
  ['蔡', 5],
  ['蒋', 6],
  ['余', 4],
  ['于', 5],
  ['杜', 5],
  ['叶', 4],
  ['程', 5],
  ['魏', 4],
  ['苏', 4],
  ['吕', 4],
  ['丁', 5],
  ['任', 4],
  ['卢', 4],
  ['姚', 4],
  ['沈', 5],
  ['钟', 3],
  ['姜', 4],
  ['崔', 3],
  ['谭', 2],
  ['陆', 4],
  ['范', 3],
  ['汪', 3],
  ['石', 3],
  ['金', 3],
  ['贾', 3],
  ['夏', 3],
  ['付', 3],
  ['方', 3],
  ['邹', 2],
  ['熊', 2],
  ['白', 2],
  ['孟', 3],
  ['秦', 3],
  ['邱', 2],
  ['侯', 2],
  ['江', 2],
  ['尹', 2],
  ['薛', 2],
  ['闫', 2],
  ['段', 2],
  ['雷', 2],
  ['史', 2],
  ['陶', 2],
  ['贺', 2],
  ['毛', 2],
  ['郝', 2],
  ['顾', 3],
  ['龚', 2],
  ['邵', 2],
  ['万', 2],
  ['武', 2],
  ['钱', 2],
  ['戴', 2],
  ['严', 2],
  ['孔', 2],
  ['常', 2],
  ['汤', 2],
  ['葛', 2],
  ['季', 1],
  ['殷', 1],
  ['倪', 1],
  ['仇', 1],
  ['卞', 1],
  ['缪', 1],
  ['单', 1],
  ['窦', 1],
]

const knownSurnames = new Set(surnameWeights.map(([s]) => s))
const generalSurnames = new Weighted(surnameWeights)

export function isKnownSurname(char: string): boolean {
  return knownSurnames.has(char)
}

/**
 * The surnames of one old village: a few lineages dominate (the village is often named after the
 * first, 李湾村 after 李), the rest follow the national mix (people married in, families moved in).
 */
export function villageSurnames(rng: Rng, villageName: string): Weighted<string> {
  const first = villageName.slice(0, 1)
  const dominant: string[] = isKnownSurname(first) ? [first] : []
  while (dominant.length < 3) {
    const s = generalSurnames.draw(rng)
    if (!dominant.includes(s)) dominant.push(s)
  }
  const shares = [300, 130, 80]
  // The national table sums to about 1,000‰; scale it to the half of the village not in a lineage.
  const rest = surnameWeights.map(([s, w]) => [s, w * 0.5] as const)
  return new Weighted([...dominant.map((s, i) => [s, shares[i] ?? 50] as const), ...rest])
}

export function generalSurname(rng: Rng): string {
  return generalSurnames.draw(rng)
}

export type Sex = 'male' | 'female'

interface GivenPools {
  /** Chance that the given name is a single character. */
  single: number
  singles: string
  first: string
  second: string
}

type Era = 'before1960' | 'sixtiesSeventies' | 'eightiesNineties' | 'since2000'

// Characters by decade of birth and sex: 建国/秀兰 for the old, 志强/丽华 for the 1960s–70s,
// 伟/婷 for the 1980s–90s, 子轩/欣怡 for children born since 2000.
const givenPools: Record<Era, Record<Sex, GivenPools>> = {
  before1960: {
    male: {
      single: 0.1,
      singles: '林山松柏成发贵福',
      first: '德国建长金银福有广宝连春学正永玉洪明志文家开世兆其庆树',
      second: '明才生山林贵华发富荣海成友忠和田财顺根全祥云章堂龙宝喜',
    },
    female: {
      single: 0.08,
      singles: '英兰珍芳梅琴',
      first: '秀桂玉凤兰翠素淑金月春美巧彩菊银梅爱荣',
      second: '兰英珍芳花琴梅芝华凤莲娥香霞云荣秀贞芬娣',
    },
  },
  sixtiesSeventies: {
    male: {
      single: 0.15,
      singles: '军兵强勇斌刚平伟华峰',
      first: '建卫国立永海红志晓文春小明伟雪新爱向跃军东学振',
      second: '华东平强军民新兵林峰明刚波忠勇斌杰宏伟辉进亮',
    },
    female: {
      single: 0.15,
      singles: '红梅燕芳霞萍娟丽琴英',
      first: '丽红美春海小秀桂玉晓雪爱艳金凤亚冬素',
      second: '华梅玲燕娟霞萍芳琴英云红丽敏莉琳芬兰',
    },
  },
  eightiesNineties: {
    male: {
      single: 0.3,
      singles: '伟磊强军涛斌鹏浩杰勇超亮刚峰辉健毅波宇帅龙飞',
      first: '俊志明文晓海家建子宏天嘉正永立金国',
      second: '杰辉伟鹏宇涛龙飞浩林峰华明东亮阳博凯磊强成',
    },
    female: {
      single: 0.3,
      singles: '静丽婷娟敏燕芳倩雪丹慧琳颖洁蕾玲',
      first: '晓雅丽佳梦婷雪春晶思文海美慧小玉',
      second: '婷丽敏静雯琳娜洁颖倩霞慧莉玲燕楠',
    },
  },
  since2000: {
    male: {
      single: 0.08,
      singles: '睿轩浩宇泽航',
      first: '子浩宇梓俊皓一铭锦承思嘉睿奕泽沐博明天煜辰逸',
      second: '轩然辰豪泽浩杰宇阳睿熙航铭诚博恒远川霖宸安',
    },
    female: {
      single: 0.08,
      singles: '妍萱琪彤悦瑶',
      first: '欣梓诗雨可子若一语佳思梦紫芷依婉昕馨静艺',
      second: '怡涵萱馨彤汐诺桐琪妍淇悦琳然菲瑶雯晴蕊宁',
    },
  },
}

function eraOf(birthYear: number): Era {
  if (birthYear < 1960) return 'before1960'
  if (birthYear < 1980) return 'sixtiesSeventies'
  if (birthYear < 2000) return 'eightiesNineties'
  return 'since2000'
}

function charAt(rng: Rng, chars: string): string {
  // The pools are BMP characters, so indexing by UTF-16 unit is indexing by character.
  return chars.charAt(Math.floor(rng.next() * chars.length))
}

/** A generation character (字辈) that siblings of one family may share as the first of two. */
export function generationChar(rng: Rng, sex: Sex, birthYear: number): string {
  return charAt(rng, givenPools[eraOf(birthYear)][sex].first)
}

/** A given name (one or two characters) in the fashion of the birth year. */
export function givenName(rng: Rng, sex: Sex, birthYear: number, shared?: string): string {
  const pools = givenPools[eraOf(birthYear)][sex]
  if (shared === undefined && rng.chance(pools.single)) return charAt(rng, pools.singles)
  const first = shared ?? charAt(rng, pools.first)
  let second = charAt(rng, pools.second)
  for (let i = 0; second === first && i < 4; i++) second = charAt(rng, pools.second)
  return first + second
}

const villageSuffixes = '庄湾集圩河桥营港洼塘埠楼岗沟墩湖巷坝'

/** A village name such as 王庄村 or 刘圩村, not one of `taken`. */
export function villageName(rng: Rng, taken: ReadonlySet<string>): string {
  for (let i = 0; i < 200; i++) {
    const name = `${generalSurnames.draw(rng)}${charAt(rng, villageSuffixes)}村`
    if (!taken.has(name)) return name
  }
  // Crowded: add a direction (东王庄村) rather than loop forever.
  for (let i = 0; ; i++) {
    const name = `${'东西南北前后大小'.charAt(i % 8)}${generalSurnames.draw(rng)}${charAt(rng, villageSuffixes)}村`
    if (!taken.has(name)) return name
  }
}

const communityWords =
  '张码 花河 盐河 黄码 韩桥 武墩 和平 城南 枚皋 钵池 翔宇 福地 古淮 清河 运河 漕运 柳湾 渡口 淮海 幸福 康乐 安居 富民 兴隆 润泽 锦绣 丽景 景秀 金湖 银河 春晖 朝阳 新河 白鹭 荷花 桃园 梨园 枫林 紫薇 育才 振兴 和谐 泰和 嘉禾 丰登 瑞丰 永安 长乐 五岛 钵池 大同 通榆 平桥 南闸 北湖 清安 淮河 码头 杨庄 王营 蔡桥 徐杨 盐西 板闸 城东 城西'.split(
    ' ',
  )
const communitySuffixes = ['花园', '佳苑', '新村', '嘉园', '家园', '雅苑', '新城', '锦苑', '华庭', '名居']

/** A resettlement community name such as 盐河佳苑社区, not one of `taken`. */
export function communityName(rng: Rng, taken: ReadonlySet<string>): string {
  for (let i = 0; ; i++) {
    const word = rng.pick(communityWords)
    const name = `${word}${rng.pick(communitySuffixes)}${i > 300 ? String(i) : ''}社区`
    if (!taken.has(name)) return name
  }
}
