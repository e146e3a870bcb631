import { Cascader } from 'antd'
import { useMemo, type CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import { categoryName } from './format'
import { useCategories } from './requestQueries'
import type { Category } from './types'

interface Option {
  value: string
  label: string
  children?: Option[]
}

function treeOf(categories: readonly Category[]): Option[] {
  const top = categories.filter((c) => c.parentCode === null)
  return top.map((parent) => {
    const children = categories
      .filter((c) => c.parentCode === parent.code)
      .map((c) => ({ value: c.code, label: categoryName(c) }))
    return { value: parent.code, label: categoryName(parent), ...(children.length ? { children } : {}) }
  })
}

/** The category tree (stored as data on the server): a parent, then its kind of problem. */
export function CategoryPicker({
  value,
  onChange,
  placeholder,
  allowParent = false,
  size,
  style,
  id,
  'data-testid': testId,
}: {
  value?: string | undefined
  onChange?: (code: string | undefined) => void
  placeholder?: string
  /** A filter may stop at the parent (设施维修 = all its kinds); filing asks for the kind. */
  allowParent?: boolean
  size?: 'large' | 'middle'
  style?: CSSProperties
  id?: string
  'data-testid'?: string
}) {
  const { i18n } = useTranslation()
  const categories = useCategories()
  // Rebuilt when the interface language changes: the names follow it.
  const options = useMemo(() => treeOf(categories.data?.items ?? []), [categories.data, i18n.language])
  const path = useMemo(() => {
    if (!value) return undefined
    const category = categories.data?.items.find((c) => c.code === value)
    if (!category) return undefined
    return category.parentCode ? [category.parentCode, category.code] : [category.code]
  }, [value, categories.data])
  return (
    <Cascader<Option>
      id={id}
      data-testid={testId}
      style={style}
      size={size}
      options={options}
      value={path}
      loading={categories.isPending}
      placeholder={placeholder}
      changeOnSelect={allowParent}
      allowClear
      showSearch
      expandTrigger="click"
      onChange={(selected) => {
        const last = (selected as string[] | undefined)?.at(-1)
        onChange?.(last)
      }}
    />
  )
}
