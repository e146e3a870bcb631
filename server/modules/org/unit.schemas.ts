import { Type, type Static } from '@sinclair/typebox'
import { Id, Str, StrictObject, Version } from '../../platform/http/schemas.js'
import { OrgNodeView } from './org.schemas.js'
import { departmentFunctionCodes, orgUnitKinds } from './unit.domain.js'

export const OrgUnitKindSchema = Type.Union(orgUnitKinds.map((k) => Type.Literal(k)))

export const DepartmentFunctionSchema = Type.Union(departmentFunctionCodes.map((f) => Type.Literal(f)))

const UnitName = Str(60, { minLength: 1, pattern: '\\S' })

export const OrgUnitView = Type.Object(
  {
    id: Id,
    nodeId: Id,
    parentUnitId: Type.Union([Id, Type.Null()]),
    kind: OrgUnitKindSchema,
    /** 社区党委, 网格党支部 … */
    kindName: Type.String(),
    network: Type.Union([Type.Literal('party'), Type.Literal('self_governance'), Type.Literal('department')]),
    function: Type.Union([DepartmentFunctionSchema, Type.Null()]),
    /** 社区党建, 物业管理 … for departments. */
    functionName: Type.Union([Type.String(), Type.Null()]),
    name: Type.String(),
    version: Type.Integer(),
  },
  { title: 'OrgUnit' },
)
export type OrgUnitView = Static<typeof OrgUnitView>

export const CreateUnitBody = StrictObject({
  nodeId: Id,
  kind: OrgUnitKindSchema,
  /** Defaults to the node's name and the kind (张码花园社区党委) or the department's function. */
  name: Type.Optional(UnitName),
  /** Departments only. */
  function: Type.Optional(DepartmentFunctionSchema),
  /** Departments only: the party committee they belong to. */
  parentUnitId: Type.Optional(Id),
})
export type CreateUnitBody = Static<typeof CreateUnitBody>

export const RenameUnitBody = StrictObject({ version: Version, name: UnitName })
export type RenameUnitBody = Static<typeof RenameUnitBody>

export const UnitParams = StrictObject({ id: Id })

export const NodeUnitsQuery = StrictObject({
  /** true: the fused view of the whole subtree (down to buildings), each node with its bodies. */
  subtree: Type.Optional(Type.Boolean()),
})

export const FusedNode = Type.Object(
  { node: OrgNodeView, units: Type.Array(OrgUnitView) },
  { title: 'FusedNode' },
)

export const FusedTree = Type.Object({ items: Type.Array(FusedNode), truncated: Type.Boolean() })
export type FusedTree = Static<typeof FusedTree>
