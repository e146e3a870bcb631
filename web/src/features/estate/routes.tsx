import type { RouteObject } from 'react-router'
import { AssetPage, AssetsPage, ReconciliationPage } from './AssetPages'
import { ContractPage, ContractsPage, NewContractPage } from './ContractPages'
import { EstateEntryPage, EstateLayout } from './EstateLayout'
import { LandPage, ParcelPage } from './LandPages'

/** 集体资产: a village's land, asset cards and contracts (children of the desk layout). */
export const estateDeskRoutes: RouteObject[] = [
  { path: 'estate', element: <EstateEntryPage /> },
  {
    path: 'estate/:villageId',
    element: <EstateLayout />,
    children: [
      { index: true, element: <LandPage /> },
      { path: 'land', element: <LandPage /> },
      { path: 'land/:id', element: <ParcelPage /> },
      { path: 'assets', element: <AssetsPage /> },
      { path: 'assets/:id', element: <AssetPage /> },
      { path: 'reconciliation', element: <ReconciliationPage /> },
      { path: 'contracts', element: <ContractsPage /> },
      { path: 'contracts/new', element: <NewContractPage /> },
      { path: 'contracts/:id', element: <ContractPage /> },
    ],
  },
]
