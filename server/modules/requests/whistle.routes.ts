import type { AppContext } from '../../platform/context.js'
import { actorOf } from '../../platform/http/auth.js'
import { defineRoutes } from '../../platform/http/routes.js'
import { commonErrors } from '../../platform/http/schemas.js'
import {
  AdvanceStageBody,
  CommunityParams,
  EvaluateBody,
  ItemParams,
  PartyParams,
  ReportBody,
  StageView,
  VillageStageBody,
  WhistleBody,
  WhistleList,
  WhistleView,
} from './request.schemas.js'
import { advanceStage, getStage, setVillageStage } from './stage.service.js'
import { blowWhistle, evaluateWhistleParty, listWhistles, reportToWhistle } from './whistle.service.js'

/** 吹哨报到 on items, and the community's stage (三步走). */
export function whistleRoutes(ctx: AppContext) {
  return defineRoutes((app) => {
    app.post(
      '/requests/:id/whistles',
      {
        schema: {
          tags: ['requests'],
          summary: 'Blow the whistle (吹哨): summon providers and party members to report within a deadline',
          params: ItemParams,
          body: WhistleBody,
          response: { 200: WhistleView, ...commonErrors },
        },
      },
      async (request) =>
        blowWhistle({
          db: ctx.db,
          actor: actorOf(request),
          itemId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/requests/:id/whistles',
      {
        schema: {
          tags: ['requests'],
          summary: "An item's whistles and each summoned party's report and evaluation",
          params: ItemParams,
          response: { 200: WhistleList, ...commonErrors },
        },
      },
      async (request) => listWhistles({ db: ctx.db, actor: actorOf(request), itemId: request.params.id }),
    )
    app.post(
      '/whistle-parties/:id/report',
      {
        schema: {
          tags: ['requests'],
          summary: 'Report (报到) as a summoned party, with what you contribute',
          params: PartyParams,
          body: ReportBody,
          response: { 200: WhistleView, ...commonErrors },
        },
      },
      async (request) =>
        reportToWhistle({
          db: ctx.db,
          actor: actorOf(request),
          partyId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.post(
      '/whistle-parties/:id/evaluate',
      {
        schema: {
          tags: ['requests'],
          summary: 'Evaluate a party that reported (1–5)',
          params: PartyParams,
          body: EvaluateBody,
          response: { 200: WhistleView, ...commonErrors },
        },
      },
      async (request) =>
        evaluateWhistleParty({
          db: ctx.db,
          actor: actorOf(request),
          partyId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.get(
      '/communities/:id/stage',
      {
        schema: {
          tags: ['requests'],
          summary:
            "A community's stage (三步走), its villages' stages, the share moved in, and the function → owner matrix",
          params: CommunityParams,
          response: { 200: StageView, ...commonErrors },
        },
      },
      async (request) =>
        getStage({ db: ctx.db, actor: actorOf(request), communityId: request.params.id, now: ctx.clock() }),
    )
    app.post(
      '/communities/:id/stage/advance',
      {
        schema: {
          tags: ['requests'],
          summary: 'Advance the community one stage (needs request.configure and enough households moved in)',
          params: CommunityParams,
          body: AdvanceStageBody,
          response: { 200: StageView, ...commonErrors },
        },
      },
      async (request) =>
        advanceStage({
          db: ctx.db,
          actor: actorOf(request),
          communityId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
    app.post(
      '/communities/:id/village-stages',
      {
        schema: {
          tags: ['requests'],
          summary: "Set a hosted village's own stage (villages move in at different times)",
          params: CommunityParams,
          body: VillageStageBody,
          response: { 200: StageView, ...commonErrors },
        },
      },
      async (request) =>
        setVillageStage({
          db: ctx.db,
          actor: actorOf(request),
          communityId: request.params.id,
          input: request.body,
          now: ctx.clock(),
        }),
    )
  })
}
