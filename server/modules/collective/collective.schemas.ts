// The collective economic organisation's members, decisions and shares: API shapes.
import { Type, type Static } from '@sinclair/typebox'
import {
  Day,
  PageOf,
  PageQuery,
  EpochMs,
  Id,
  Literals,
  Nullable,
  Str,
  StrictObject,
  Version,
} from '../../platform/http/schemas.js'
import { memberBases, shareEventKinds } from './shares.domain.js'

export const decisionKinds = [
  'membership',
  'share_plan',
  'distribution',
  'disposal',
  'contract',
  'other',
] as const
export const decisionKindNamesZh: Record<(typeof decisionKinds)[number], string> = {
  membership: '成员资格认定',
  share_plan: '股权设置与量化',
  distribution: '收益分配',
  disposal: '资产处置',
  contract: '重大合同',
  other: '其他',
}

export const CollectiveParams = StrictObject({ villageId: Id })
export const MemberParams = StrictObject({ villageId: Id, id: Id })

export const DecisionBody = StrictObject({
  kind: Literals(decisionKinds),
  /** 成员大会 or 成员代表大会. */
  meeting: Literals(['members', 'representatives'] as const),
  heldOn: Day,
  title: Str(60, { minLength: 2 }),
  resolution: Str(2000, { minLength: 2 }),
  attendees: Type.Integer({ minimum: 1, maximum: 100_000 }),
  votesFor: Type.Integer({ minimum: 0, maximum: 100_000 }),
  votesAgainst: Type.Integer({ minimum: 0, maximum: 100_000 }),
  votesAbstain: Type.Integer({ minimum: 0, maximum: 100_000 }),
})
export type DecisionBody = Static<typeof DecisionBody>

export const DecisionView = Type.Object(
  {
    id: Id,
    kind: Literals(decisionKinds),
    kindZh: Type.String(),
    meeting: Literals(['members', 'representatives'] as const),
    meetingZh: Type.String(),
    heldOn: Type.String(),
    title: Type.String(),
    resolution: Type.String(),
    attendees: Type.Integer(),
    votesFor: Type.Integer(),
    votesAgainst: Type.Integer(),
    votesAbstain: Type.Integer(),
    /** More than half of those attending voted for it. */
    adopted: Type.Boolean(),
    recordedBy: Type.String(),
    at: EpochMs,
  },
  { title: 'CollectiveDecision' },
)
export const DecisionList = Type.Object({ items: Type.Array(DecisionView) })

export const MemberBody = StrictObject({
  personId: Id,
  basis: Literals(memberBases),
  sinceOn: Day,
  /** The adopted decision (成员资格认定) that confirmed the membership. */
  decisionId: Id,
})
export type MemberBody = Static<typeof MemberBody>

export const EndMemberBody = StrictObject({
  version: Version,
  endedOn: Day,
  reason: Literals(['deceased', 'withdrawn', 'other'] as const),
  /** Required unless the member died. */
  decisionId: Type.Optional(Id),
})
export type EndMemberBody = Static<typeof EndMemberBody>

export const MemberQuery = StrictObject({
  status: Type.Optional(Literals(['active', 'ended', 'all'] as const)),
})

export const MemberView = Type.Object(
  {
    id: Id,
    personId: Id,
    name: Type.String(),
    sex: Type.String(),
    birthDate: Nullable(Type.String()),
    /** Where the member lives now (any community): membership follows origin, not address. */
    livesIn: Nullable(Type.String()),
    basis: Literals(memberBases),
    basisZh: Type.String(),
    status: Literals(['active', 'ended'] as const),
    sinceOn: Type.String(),
    decision: Type.Object({ id: Id, title: Type.String() }),
    endedOn: Nullable(Type.String()),
    endReason: Nullable(Type.String()),
    shares: Type.Integer(),
    /** The member's own account (user name) for reading the collective's disclosures, if linked. */
    account: Nullable(Type.String()),
    version: Type.Integer(),
  },
  { title: 'CollectiveMember' },
)
export const MemberList = Type.Object({ items: Type.Array(MemberView) })

export const PlanBody = StrictObject({
  name: Str(60, { minLength: 2 }),
  totalShares: Type.Integer({ minimum: 1, maximum: 100_000_000 }),
  effectiveOn: Day,
  decisionId: Id,
})
export type PlanBody = Static<typeof PlanBody>

export const ShareEventBody = StrictObject({
  kind: Literals(shareEventKinds),
  fromMemberId: Type.Optional(Id),
  toMemberId: Type.Optional(Id),
  shares: Type.Integer({ minimum: 1, maximum: 100_000_000 }),
  happenedOn: Day,
  /** Required for a grant and a buy-back. */
  decisionId: Type.Optional(Id),
  note: Type.Optional(Str(200, { minLength: 1 })),
})
export type ShareEventBody = Static<typeof ShareEventBody>

export const SharesView = Type.Object(
  {
    plan: Nullable(
      Type.Object({
        id: Id,
        name: Type.String(),
        totalShares: Type.Integer(),
        effectiveOn: Type.String(),
        decision: Type.Object({ id: Id, title: Type.String() }),
      }),
    ),
    /** Not yet granted, or bought back. */
    collectiveShares: Type.Integer(),
    holders: Type.Array(
      Type.Object({ memberId: Id, name: Type.String(), status: Type.String(), shares: Type.Integer() }),
    ),
    /** Members' and the collective's shares add up to the plan's total. */
    addsUp: Type.Boolean(),
    events: Type.Array(
      Type.Object({
        seq: Type.Integer(),
        kind: Literals(shareEventKinds),
        kindZh: Type.String(),
        from: Nullable(Type.String()),
        to: Nullable(Type.String()),
        shares: Type.Integer(),
        happenedOn: Type.String(),
        note: Nullable(Type.String()),
        recordedBy: Type.String(),
      }),
    ),
  },
  { title: 'Shares' },
)
export type SharesView = Static<typeof SharesView>

export const DistributionParams = StrictObject({ villageId: Id, id: Id })
export const DistributionBody = StrictObject({
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  /** 提取公积公益金 as basis points of 可分配收益 (1000 = 10%): the village's setting for the year. */
  providentBp: Type.Integer({ minimum: 0, maximum: 10_000 }),
  /** 向成员分配 as basis points of 可分配收益. */
  memberBp: Type.Integer({ minimum: 0, maximum: 10_000 }),
})
export const DistributionApproveBody = StrictObject({ version: Version, decisionId: Id })
export const DistributionPostBody = StrictObject({ version: Version })
export const DistributionView = Type.Object(
  {
    id: Id,
    villageId: Id,
    year: Type.Integer(),
    distributableFen: Type.Integer(),
    providentBp: Type.Integer(),
    memberBp: Type.Integer(),
    providentFen: Type.Integer(),
    memberFen: Type.Integer(),
    retainedFen: Type.Integer(),
    state: Literals(['draft', 'approved', 'posted'] as const),
    stateZh: Type.String(),
    decision: Nullable(Type.Object({ id: Id, title: Type.String() })),
    voucherId: Nullable(Id),
    payouts: Type.Array(
      Type.Object({
        memberId: Id,
        name: Type.String(),
        memberStatus: Type.String(),
        shares: Type.Integer(),
        amountFen: Type.Integer(),
      }),
    ),
    /** Always equal to memberFen. */
    payoutTotalFen: Type.Integer(),
    canWrite: Type.Boolean(),
    version: Type.Integer(),
  },
  { title: 'Distribution' },
)
export const DistributionList = Type.Object({ items: Type.Array(DistributionView) })

export const CandidateQuery = StrictObject({
  /** A prefix of the name, its pinyin or initials. */
  q: Type.Optional(Str(40, { minLength: 1 })),
  ...PageQuery,
})
export const CandidateView = Type.Object(
  {
    personId: Id,
    name: Type.String(),
    sex: Type.String(),
    birthDate: Nullable(Type.String()),
    /** The last four characters of the ID number only. */
    idTail: Nullable(Type.String()),
    /** Where the person lives now (any community). */
    livesIn: Nullable(Type.String()),
    status: Type.String(),
  },
  { title: 'CollectiveCandidate' },
)
export const CandidateList = PageOf(CandidateView)
